# Grouping file names by extension with os.path.splitext and collections, sorted output
import os.path
from collections import defaultdict

files = ['main.py', 'worker.py', 'README.md', 'data.json', 'notes.txt', 'archive.tar.gz', 'Makefile',
         'docs/chapter.md', 'tests/test_main.py', '.gitignore']
by_ext = defaultdict(list)
for f in files:
    stem, ext = os.path.splitext(os.path.basename(f))
    by_ext[ext or '(none)'].append(stem)
for ext in sorted(by_ext):
    print(f'{ext:<8} {", ".join(sorted(by_ext[ext]))}')
dirs = sorted({os.path.dirname(f) or '.' for f in files})
print(dirs)
print([os.path.join('out', os.path.splitext(f)[0] + '.log') for f in files if f.endswith('.py')])
