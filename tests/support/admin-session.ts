/** A browser-like session on the admin of a running server, for the tests of who sees what. */
import { paths } from '../../src/lib/paths.ts';
import { answer, type RunningServer } from '../integration/enquiries-server.ts';

/** A browser-like session: keeps the cookie and sends the site's own Origin on POST. */
export class Session {
  cookie = '';
  readonly server: RunningServer;
  constructor(server: RunningServer) {
    this.server = server;
  }
  async get(path: string) {
    return answer(
      await fetch(`${this.server.url}${path}`, { headers: { cookie: this.cookie }, redirect: 'manual' }),
    );
  }
  async post(path: string, fields: Record<string, string>, origin: string | null = this.server.url) {
    const response = await fetch(`${this.server.url}${path}`, {
      method: 'POST',
      headers: {
        cookie: this.cookie,
        'content-type': 'application/x-www-form-urlencoded',
        ...(origin ? { origin } : {}),
      },
      body: new URLSearchParams(fields),
      redirect: 'manual',
    });
    const set = response.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0] ?? '';
    return answer(response);
  }
  /** As a browser does: open the login page (following its canonical redirect), post its form back. */
  async loginPage(): Promise<string> {
    const page = await fetch(`${this.server.url}${paths.admin.login}`);
    await page.arrayBuffer();
    return new URL(page.url).pathname;
  }
  async login(email: string, secret: string, origin: string | null = this.server.url) {
    return this.post(await this.loginPage(), { email, password: secret }, origin);
  }
  async csrf(path: string): Promise<string> {
    const html = await (await this.get(path)).text();
    return /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  }
}
