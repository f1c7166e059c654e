/**
 * The plan's units of measure, which the seed file gives in English ("%/year"), in Vietnamese. The
 * seed stores the Vietnamese label; databases seeded before it still hold the English one, which
 * readers translate through the same table. An administrator's own label is kept as it is.
 */
const UNIT_LABELS_VI: Record<string, string> = {
  '%': '%',
  '%/year': '%/năm',
  '%/year (likely percentage points/year)': '%/năm',
  'million VND/person/year': 'triệu đồng/người/năm',
  '% of GRDP': '% GRDP',
  '% of communes': '% số xã',
  '% of communes and wards': '% số xã, phường',
  '% of border communes': '% số xã biên giới',
  '% reduction in number of sites': '% (giảm số điểm trường)',
  '% reduction': '% (mức giảm)',
  'hospitals / beds': 'bệnh viện/giường bệnh',
  '% of specialised databases': '% số cơ sở dữ liệu chuyên ngành',
  rank: 'thứ hạng',
  '% of Party units': '% số tổ chức đảng',
  'members/year': 'đảng viên/năm',
};

export function unitLabelVi(label: string): string {
  return UNIT_LABELS_VI[label.trim()] ?? label;
}
