"""ruff over hetdro/ with ruff.toml's rules, less the lines nbdev writes and we cannot wrap: its `__all__ = [...]`.

`python .ci/lint.py` prints each violation as `file:line: CODE message` and exits 1 if there is any.
"""
import json, subprocess, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
res = subprocess.run([sys.executable, '-m', 'ruff', 'check', '--output-format', 'json', '--exit-zero', 'hetdro'],
                     cwd=root, capture_output=True, text=True, check=True)
def generated_rows(path:Path)->set[int]:
    "Line numbers (1-based) of the `__all__ = [...]` statement nbdev_export writes (wrapped at 120 columns)."
    lines, rows = path.read_text(encoding='utf-8').splitlines(), set()
    for i, line in enumerate(lines):
        if line.startswith('__all__ = ['):
            j = i
            while not lines[j].rstrip().endswith(']'): j += 1
            rows.update(range(i + 1, j + 2))
    return rows

found = []
for v in json.loads(res.stdout):
    path, row = Path(v['filename']), v['location']['row']
    if row in generated_rows(path): continue
    found.append(f"{path.relative_to(root)}:{row}: {v['code']} {v['message']}")
print('\n'.join(found) or 'ruff: hetdro/ is clean (lines <= 110, no `;` statements)')
sys.exit(1 if found else 0)
