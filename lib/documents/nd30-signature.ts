/**
 * The closing parts of an official document that follow fixed wording: who signs in what capacity,
 * and the "Nơi nhận" list.
 */
import type { Issuer } from './nd30';

/**
 * The authority lines above a signature: "CHỦ TỊCH"; a deputy signs "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
 * (ký thay); a collective body's document adds "TM. ỦY BAN NHÂN DÂN" (thay mặt) on top.
 */
export function signatureLines(signerTitle: string, onBehalfOf?: string): string[] {
  const title = signerTitle.trim().toLocaleUpperCase('vi');
  const deputy = title.startsWith('PHÓ ');
  return [...(onBehalfOf ? [onBehalfOf] : []), ...(deputy ? [`KT. ${title.slice(4)}`] : []), title];
}

/** The People's Committee of Cao Bằng as issuer, the default of the concrete builders. */
export const CAO_BANG_PEOPLES_COMMITTEE: Issuer = { name: ['ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG'], place: 'Cao Bằng' };

/** "- Như Điều 3;" … "- Lưu: VT, NC.": each entry a dash line, ";" between and "." at the end. */
export function recipientLines(recipients: string[]): string[] {
  return recipients.map((r, i) => {
    const text = r.trim().replace(/[;.,]+$/, '');
    return `- ${text}${i === recipients.length - 1 ? '.' : ';'}`;
  });
}
