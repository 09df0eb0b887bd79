/** Every validation problem by its field path, so a merchant can fix the file line by line. */
import type { FieldIssue } from '@/core/request';

export function IssueList(props: { issues: FieldIssue[] }) {
  return (
    <ul class="pp-issues">
      {props.issues.map((issue, index) => (
        <li key={`${issue.path}-${index}`}>
          <code>{issue.path}</code>: {issue.message}
        </li>
      ))}
    </ul>
  );
}
