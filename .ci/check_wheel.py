"""The wheel `pip install hetdro` would install ships every preset and the commands.

`python .ci/check_wheel.py` builds the wheel (no dependencies) into a temporary folder and exits 1 if a YAML file
under hetdro/configs/ or a console script of settings.ini is missing from it.
"""
import configparser, subprocess, sys, tempfile, zipfile
from pathlib import Path

root = Path(__file__).resolve().parent.parent
with tempfile.TemporaryDirectory() as out:
    subprocess.run([sys.executable, '-m', 'pip', 'wheel', '-q', '--no-deps', '-w', out, str(root)], check=True)
    wheel = zipfile.ZipFile(next(Path(out).glob('hetdro-*.whl')))
    names = set(wheel.namelist())
    entry_points = next(wheel.read(n).decode() for n in names if n.endswith('entry_points.txt'))
presets = sorted(str(p.relative_to(root)) for p in (root / 'hetdro' / 'configs').rglob('*.yaml'))
missing = [p for p in presets if p not in names]
cfg = configparser.ConfigParser()
cfg.read(root / 'settings.ini')
scripts = cfg['DEFAULT']['console_scripts'].split()
missing += [f'console script {s}' for s in scripts if s.replace('=', ' = ') not in entry_points]
print(f"{len(presets)} presets and {len(scripts)} commands checked" + (f"; missing: {missing}" if missing else ''))
sys.exit(1 if missing else 0)
