import type { Locale } from './locales.ts';

/**
 * How a producer answers enquiries, in words: on its pages (the <ocop-response-figures> element
 * loads this module) and in the admin. Words only; the numbers come from src/lib/format/.
 */
const vi = {
  heading: 'Trả lời yêu cầu',
  inTime: (share: string) => `Trả lời ${share} yêu cầu trong vòng 2 ngày làm việc.`,
  median: (duration: string) => `Thời gian trả lời trung vị: ${duration}.`,
  noAnswer: 'Chưa trả lời yêu cầu nào.',
  basis: (n: number) => `Tính từ ${n} yêu cầu trong 180 ngày qua, trên trang này.`,
  tooFew: (n: number) =>
    `Chưa đủ yêu cầu để tính thời gian trả lời: ${n} yêu cầu trong 180 ngày qua, cần ít nhất 5.`,
  minutes: (n: string) => `${n} phút`,
  hours: (n: string) => `${n} giờ`,
  days: (n: string) => `${n} ngày`,
};

export type ResponseFigureStrings = typeof vi;

const en: ResponseFigureStrings = {
  heading: 'Answering enquiries',
  inTime: (share: string) => `Answers ${share} of enquiries within 2 working days.`,
  median: (duration: string) => `Median time to answer: ${duration}.`,
  noAnswer: 'Has not answered any enquiry yet.',
  basis: (n: number) => `From ${n} enquiries through this site in the last 180 days.`,
  tooFew: (n: number) =>
    `Not enough enquiries to show response times: ${n} in the last 180 days, at least 5 are needed.`,
  minutes: (n: string) => `${n} minute${n === '1' ? '' : 's'}`,
  hours: (n: string) => `${n} hour${n === '1' ? '' : 's'}`,
  days: (n: string) => `${n} day${n === '1' ? '' : 's'}`,
};

export const responseFigureText: Record<Locale, ResponseFigureStrings> = { vi, en };
