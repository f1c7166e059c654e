/**
 * Demo data of appraisal and exemplary models (SEED_DEMO=1 only, created once):
 * - a 2026 scoring sheet for every block and cluster (the default sheet), with the groups' scores
 *   entered by Home Affairs so that each group has one clear leader: Xã Cốc Pàng leads its cluster
 *   (so xa.officer / xa.head can propose it for the Emulation Flag); Sở Tài chính does NOT lead its
 *   block (so so.head meets the "not proposed by its block" verdict). The margin holds whatever the
 *   year's attainment turns out to be: a leader scores 10 on every scored criterion, the others at
 *   most 7.5, fewer points than one attainment criterion can make up.
 * - published exemplary models of four units, with small generated pictures, and one awaiting curation.
 */
import { deflateSync } from 'node:zlib';
import type { Tx } from '@/lib/db/client';
import { audit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { storeFile } from '@/lib/files/store';
import { defaultSheetFor } from '@/lib/appraisal/sheet-catalogue';
import type { SheetDefinition } from '@/lib/appraisal/sheet';
import { hashSeed, random } from './demo-values';
import { DEMO_COMMUNE, DEMO_DEPARTMENT } from './demo';

const DEMO_YEAR = 2026;
/**
 * The year is in progress: indicators reported once a year have no figure before the annual
 * report, so the demo asks a leader for 60% of the maximum rather than the default 80%.
 */
const DEMO_MIN_SHARE = 0.6;

const LEADERS: Record<string, string> = {
  'CUM-1': 'Phường Thục Phán',
  'CUM-2': DEMO_COMMUNE,
  'CUM-3': 'Xã Hà Quảng',
  'CUM-4': 'Xã Trùng Khánh',
  'CUM-5': 'Xã Quảng Uyên',
  'CUM-6': 'Xã Nguyên Bình',
  'CUM-7': 'Xã Thạch An',
  'KHOI-1': 'Sở Tư pháp',
  'KHOI-2': 'Sở Nông nghiệp và Môi trường',
  'KHOI-3': 'Sở Y tế',
  'KHOI-4': 'Công an tỉnh',
};

type Who = { id: number; name: string; provinceId: number };

async function seedSheets(tx: Tx, provinceId: number, reviewer: Who, admin: Who | null) {
  const groups = await tx.emulationGroup.findMany({ where: { provinceId }, include: { units: { where: { active: true }, select: { id: true, name: true }, orderBy: { name: 'asc' } } } });
  let scores = 0;
  for (const group of groups) {
    const base = await defaultSheetFor(tx, provinceId, group.id, DEMO_YEAR);
    if (!base) continue;
    const definition: SheetDefinition = { ...base, leaders: { top: 1, minShare: DEMO_MIN_SHARE } };
    const sheet = await tx.scoringSheet.create({ data: { provinceId, groupId: group.id, year: DEMO_YEAR, definition } });
    await audit(tx, admin ?? reviewer, { action: 'scoringSheet.create', entityType: 'ScoringSheet', entityId: sheet.id, after: { group: group.name, year: DEMO_YEAR, definition } });
    const leader = group.units.find((u) => u.name === LEADERS[group.code]) ?? group.units.find((u) => u.name !== DEMO_DEPARTMENT);
    const criteria = definition.areas.flatMap((a) => a.criteria).filter((c) => c.source === 'SCORED');
    for (const unit of group.units) {
      const dice = random(hashSeed('demo-score', unit.id));
      // Others: 5.0 to 7.5 in halves, so a member's scores read like a group's minutes.
      const given = Object.fromEntries(criteria.map((c) => [c.code, unit.id === leader?.id ? c.maxScore : (10 + Math.floor(dice() * 6)) / 2]));
      await tx.scoreEntry.createMany({
        data: Object.entries(given).map(([criterionCode, score]) => ({ sheetId: sheet.id, unitId: unit.id, criterionCode, score, note: 'Theo biên bản họp chấm điểm của khối, cụm', scoredById: reviewer.id })),
      });
      await audit(tx, reviewer, { action: 'score.save', entityType: 'ScoringSheet', entityId: sheet.id, unitId: unit.id, after: { group: group.name, year: DEMO_YEAR, unit: unit.name, scores: given } });
      scores += criteria.length;
    }
  }
  return scores;
}

// --- tiny PNG pictures, so the demo models show photos without shipping image files ---

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 160×100 picture: sky, hills and a field in the given colours. */
export function demoPicture(sky: [number, number, number], land: [number, number, number]): Uint8Array {
  const width = 160;
  const height = 100;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const hill = 55 + 12 * Math.sin(x / 17) + 6 * Math.sin(x / 7);
      const colour = y < hill ? sky : y > 80 ? land.map((v) => Math.max(0, v - 40)) : land;
      raw.set(colour, y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}

type DemoModel = { unit: string; title: string; summary: string; body: string; photos: Array<{ caption: string; sky: [number, number, number]; land: [number, number, number] }>; daysAgo: number; published: boolean };

const MODELS: DemoModel[] = [
  {
    unit: 'Xã Trùng Khánh',
    title: 'Dân vận khéo: nhân dân hiến đất, góp công làm đường nông thôn',
    summary: 'Trong năm 2026, 214 hộ dân tự nguyện hiến gần 9.000 m² đất và góp hơn 3.100 ngày công, cùng Nhà nước làm 11,5 km đường bê tông liên xóm.',
    body: 'Xã thành lập tổ vận động ở từng xóm, do trưởng xóm và người có uy tín trong đồng bào dân tộc làm nòng cốt. Mỗi tuyến đường được bàn công khai tại nhà văn hóa xóm: hướng tuyến, phần đất mỗi hộ hiến, phần công mỗi hộ góp.\n\nXã hỗ trợ xi măng, cát, sỏi; nhân dân góp công và máy móc sẵn có. Các hộ hiến đất được ghi tên trên bảng công khai ở đầu tuyến.\n\nKết quả: 11,5 km đường bê tông, 100% xóm có đường ô tô đến trung tâm; không có khiếu nại về đất đai. Cách làm có thể nhân rộng ở các xã vùng cao có địa hình chia cắt.',
    photos: [
      { caption: 'Nhân dân xóm Pác Rằng làm đường bê tông', sky: [150, 200, 235], land: [120, 120, 120] },
      { caption: 'Tuyến đường mới nối trung tâm xã', sky: [170, 210, 240], land: [90, 150, 70] },
    ],
    daysAgo: 75,
    published: true,
  },
  {
    unit: 'Xã Quảng Uyên',
    title: 'Tổ hợp tác trồng và chế biến thạch đen gắn với tiêu thụ sản phẩm',
    summary: 'Tổ hợp tác 36 hộ liên kết trồng 42 ha thạch đen theo quy trình an toàn, sơ chế tại chỗ và ký hợp đồng bao tiêu, thu nhập bình quân tăng 25% so với trồng ngô.',
    body: 'Xã vận động các hộ trồng thạch đen nhỏ lẻ vào tổ hợp tác, cùng áp dụng một quy trình canh tác, cùng sơ chế và cùng bán.\n\nTổ hợp tác được hỗ trợ máy sấy, nhà sơ chế và tem truy xuất nguồn gốc; sản phẩm đạt OCOP 3 sao.\n\nThu nhập bình quân của các hộ thành viên đạt 68 triệu đồng/năm, tăng 25% so với trồng ngô trên cùng diện tích.',
    photos: [{ caption: 'Thu hoạch thạch đen', sky: [160, 205, 235], land: [40, 110, 50] }],
    daysAgo: 48,
    published: true,
  },
  {
    unit: 'Sở Y tế',
    title: 'Khám, tư vấn từ xa cho trạm y tế xã vùng cao',
    summary: 'Bệnh viện tỉnh kết nối trực tuyến với 28 trạm y tế xã: bác sĩ tuyến tỉnh hội chẩn, hướng dẫn điều trị, giảm chuyển tuyến không cần thiết.',
    body: 'Sở Y tế chỉ đạo Bệnh viện Đa khoa tỉnh lập tổ tư vấn từ xa, trực theo lịch hằng ngày.\n\nTrạm y tế xã gửi hình ảnh, kết quả xét nghiệm qua phần mềm; bác sĩ tuyến tỉnh trả lời trong ngày.\n\nSau 9 tháng: 1.460 lượt tư vấn, số ca chuyển tuyến không cần thiết giảm 18%.',
    photos: [{ caption: 'Buổi hội chẩn trực tuyến với trạm y tế xã', sky: [210, 225, 240], land: [200, 200, 210] }],
    daysAgo: 30,
    published: true,
  },
  {
    unit: 'Phường Thục Phán',
    title: 'Chợ 4.0: thanh toán không dùng tiền mặt tại chợ phường',
    summary: 'Đoàn thanh niên phường hướng dẫn 310 tiểu thương dùng mã QR; 85% quầy hàng nhận thanh toán không dùng tiền mặt.',
    body: 'Phường phối hợp với các ngân hàng mở điểm hỗ trợ tại chợ vào các buổi sáng cuối tuần.\n\nĐoàn viên thanh niên đến từng quầy hướng dẫn tiểu thương tạo và dán mã QR, kiểm tra tiền về tài khoản.\n\nMô hình góp phần thực hiện chỉ tiêu chuyển đổi số của phường.',
    photos: [],
    daysAgo: 12,
    published: true,
  },
  {
    unit: DEMO_DEPARTMENT,
    title: 'Công khai dự toán và quyết toán ngân sách xã trên cổng thông tin',
    summary: 'Sở Tài chính hướng dẫn các xã đăng dự toán, quyết toán ngân sách theo mẫu thống nhất; người dân tra cứu được trên cổng thông tin điện tử.',
    body: 'Sở xây dựng mẫu biểu công khai thống nhất và tập huấn cho kế toán ngân sách các xã.\n\nĐến quý III/2026, 41/56 xã, phường đã đăng đầy đủ dự toán năm và quyết toán năm trước.',
    photos: [{ caption: 'Tập huấn kế toán ngân sách xã', sky: [200, 215, 230], land: [150, 120, 90] }],
    daysAgo: 4,
    published: false,
  },
];

async function seedModels(tx: Tx, provinceId: number, reviewer: Who) {
  const units = await tx.unit.findMany({ where: { provinceId, name: { in: MODELS.map((m) => m.unit) } }, select: { id: true, name: true } });
  const users = await tx.user.findMany({ where: { provinceId, unitId: { in: units.map((u) => u.id) } }, select: { id: true, unitId: true, displayName: true } });
  let created = 0;
  for (const m of MODELS) {
    const unit = units.find((u) => u.name === m.unit);
    if (!unit) continue;
    const author = users.find((u) => u.unitId === unit.id);
    const at = new Date(now().getTime() - m.daysAgo * 86_400_000);
    const model = await tx.exemplaryModel.create({
      data: {
        provinceId,
        unitId: unit.id,
        title: m.title,
        summary: m.summary,
        body: m.body,
        status: m.published ? 'PUBLISHED' : 'SUBMITTED',
        publishedAt: m.published ? at : null,
        version: 2,
        createdById: author?.id ?? reviewer.id,
        createdAt: new Date(at.getTime() - 5 * 86_400_000),
      },
    });
    for (const [i, photo] of m.photos.entries()) {
      const file = await storeFile(tx, { name: `anh-${i + 1}.png`, bytes: demoPicture(photo.sky, photo.land) }, { provinceId, unitId: unit.id, uploadedById: author?.id ?? reviewer.id }, ['png']);
      await tx.modelPhoto.create({ data: { modelId: model.id, fileId: file.id, caption: photo.caption, sortOrder: i } });
    }
    const submitter = author ? { id: author.id, name: author.displayName, provinceId } : reviewer;
    await audit(tx, submitter, { action: 'model.submit', entityType: 'ExemplaryModel', entityId: model.id, unitId: unit.id, fromStatus: 'DRAFT', toStatus: 'SUBMITTED', at: new Date(at.getTime() - 2 * 86_400_000) });
    if (m.published) await audit(tx, reviewer, { action: 'model.publish', entityType: 'ExemplaryModel', entityId: model.id, unitId: unit.id, fromStatus: 'SUBMITTED', toStatus: 'PUBLISHED', at });
    created++;
  }
  return created;
}

export async function seedDemoAppraisal(tx: Tx, provinceId: number, log: (line: string) => void) {
  const reviewerRow = await tx.user.findFirst({ where: { provinceId, role: 'REVIEWER', active: true }, orderBy: { id: 'asc' } });
  if (!reviewerRow) return;
  const adminRow = await tx.user.findFirst({ where: { provinceId, role: 'ADMIN', active: true }, orderBy: { id: 'asc' } });
  const reviewer = { id: reviewerRow.id, name: reviewerRow.displayName, provinceId };
  const admin = adminRow ? { id: adminRow.id, name: adminRow.displayName, provinceId } : null;
  if ((await tx.scoringSheet.count({ where: { provinceId } })) === 0) {
    const scores = await seedSheets(tx, provinceId, reviewer, admin);
    log(`demo: ${DEMO_YEAR} scoring sheets of every block and cluster, ${scores} scores`);
  }
  if ((await tx.exemplaryModel.count({ where: { provinceId } })) === 0) {
    const models = await seedModels(tx, provinceId, reviewer);
    log(`demo: ${models} exemplary models`);
  }
}
