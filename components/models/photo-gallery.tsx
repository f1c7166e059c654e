/** The model's pictures, served by /api/files (which checks who may see them), with their captions. */
export function PhotoGallery({ photos, alt }: { photos: ReadonlyArray<{ id: number; fileId: number; caption: string | null }>; alt: string }) {
  if (photos.length === 0) return null;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {photos.map((p) => (
        <figure key={p.id} className="overflow-hidden rounded-md border border-slate-200 bg-white">
          <img src={`/api/files/${p.fileId}`} alt={p.caption ?? alt} className="h-56 w-full object-cover" loading="lazy" />
          {p.caption && <figcaption className="px-3 py-2 text-sm text-slate-700">{p.caption}</figcaption>}
        </figure>
      ))}
    </div>
  );
}
