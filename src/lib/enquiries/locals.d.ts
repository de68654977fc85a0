/** What an on-demand route hands to the page it rewrites to. */
declare namespace App {
  interface Locals {
    /** Set by POST /api/enquiries when a form post without JavaScript is refused. */
    enquiryDraft?: import('./api.server.ts').EnquiryDraft;
  }
}
