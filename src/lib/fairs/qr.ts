import QRCode from 'qrcode';

/**
 * A QR code as SVG markup, made at build time. Level M survives a scuffed card or screen glare;
 * the 4-module quiet zone is the one the standard asks for, so phones lock on quickly.
 */
export const qrSvg = (text: string): Promise<string> =>
  QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
