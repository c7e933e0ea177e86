"""Write README.md from nbs/index.ipynb (Quarto, which `nbdev_readme` needs, is not available here).

`python .ci/readme.py` writes it; `python .ci/readme.py --check` exits 1 if README.md is not current.
Hidden cells (`#| hide`) are left out, `#|` directives are stripped, and code cells are followed by their stored
text outputs; a cell marked `#| echo: false` shows only its outputs, and Markdown outputs are kept as Markdown.
Links to `images/` (next to the notebook) are rewritten to `nbs/images/` (next to README.md).
"""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent

def text(src): return ''.join(src) if isinstance(src, list) else src

def cell_markdown(cell):
    src = text(cell['source'])
    lines = src.splitlines()
    if cell['cell_type'] == 'markdown': return src.strip()
    if any(l.strip() in ('#| hide', '#|hide') for l in lines): return ''
    echo = not any(l.replace(' ', '') == '#|echo:false' for l in lines)
    code = '\n'.join(l for l in lines if not l.lstrip().startswith('#|')).strip()
    if not code: return ''
    out = [f"```python\n{code}\n```"] if echo else []
    for o in cell.get('outputs', []):
        data = o.get('data', {})
        if 'text/markdown' in data: out.append(text(data['text/markdown']).strip()); continue
        t = o.get('text') if o['output_type'] == 'stream' else data.get('text/plain')
        if t: out.append(f"```\n{text(t).rstrip()}\n```")
    return '\n\n'.join(out)

def render(nb_path=root / 'nbs' / 'index.ipynb'):
    nb = json.loads(Path(nb_path).read_text(encoding='utf-8'))
    parts = [cell_markdown(c) for c in nb['cells']]
    body = '\n\n'.join(p for p in parts if p).replace('](images/', '](nbs/images/')
    return f"<!-- Generated from nbs/index.ipynb by .ci/readme.py: edit the notebook, not this file. -->\n\n{body}\n"

if __name__ == '__main__':
    readme, new = root / 'README.md', render()
    if '--check' in sys.argv[1:]:
        if not readme.exists() or readme.read_text(encoding='utf-8') != new:
            sys.exit("README.md is not current with nbs/index.ipynb: run `python .ci/readme.py`")
        print("README.md is current")
    else:
        readme.write_text(new, encoding='utf-8'); print(f"wrote {readme}")
