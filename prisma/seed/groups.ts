/**
 * Demo emulation groups. Cao Bằng's real block and cluster lists after the 2025 reorganisation
 * were not found; these groupings are for the demo and the administrator changes them
 * (docs/decisions/002-demo-emulation-groups.md).
 */

/** khối thi đua: provincial departments and agencies, by field of work */
export const DEMO_BLOCKS = [
  {
    code: 'KHOI-1',
    name: 'Khối thi đua I (các cơ quan tổng hợp)',
    members: ['Sở Nội vụ', 'Sở Tài chính', 'Sở Tư pháp', 'Thanh tra tỉnh', 'Văn phòng UBND tỉnh', 'Sở Ngoại vụ'],
  },
  {
    code: 'KHOI-2',
    name: 'Khối thi đua II (kinh tế)',
    members: ['Sở Xây dựng', 'Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ', 'Sở Công Thương', 'Ban Quản lý Khu kinh tế tỉnh'],
  },
  {
    code: 'KHOI-3',
    name: 'Khối thi đua III (văn hóa - xã hội)',
    members: ['Sở Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế', 'Sở Dân tộc và Tôn giáo'],
  },
  {
    code: 'KHOI-4',
    name: 'Khối thi đua IV (nội chính, đảng, đoàn thể, báo chí)',
    members: [
      'Công an tỉnh',
      'Thống kê tỉnh Cao Bằng',
      'Ban Tổ chức Tỉnh ủy',
      'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
      'Báo và Phát thanh, truyền hình Cao Bằng',
      'Cổng Thông tin điện tử tỉnh',
    ],
  },
];

const CLUSTER_COUNT = 7;

/**
 * cụm thi đua: communes and wards in the order of their administrative codes, which follow the
 * former districts, cut into seven clusters of eight: neighbours end up together.
 */
export function clustersOf(namesInCodeOrder: string[]) {
  const size = Math.ceil(namesInCodeOrder.length / CLUSTER_COUNT);
  return Array.from({ length: CLUSTER_COUNT }, (_, i) => ({
    code: `CUM-${i + 1}`,
    name: `Cụm thi đua số ${i + 1}`,
    members: namesInCodeOrder.slice(i * size, (i + 1) * size),
  })).filter((c) => c.members.length > 0);
}
