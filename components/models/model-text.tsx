import { paragraphsOf } from '@/lib/models/rules';

/** Stored text as plain paragraphs with line breaks: React escapes it, nothing is read as HTML. */
export function ModelText({ text, className = '' }: { text: string; className?: string }) {
  return (
    <div className={`space-y-3 ${className}`}>
      {paragraphsOf(text).map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <span key={j}>
              {j > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}
