# os.path string functions on a table of paths, then a function that needs the disk
from os import path

paths = ['/usr/lib/python3.11/asyncio/tasks.py', 'data/../notes.txt', 'archive.tar.gz', '.bashrc', '/tmp/', '', 'a//b/./c']
for p in paths:
    print(f'{p!r:40} {path.split(p)!r:42} {path.splitext(p)!r}')
for p in paths:
    print(f'{p!r:40} {path.normpath(p)!r:30} base={path.basename(p)!r} dir={path.dirname(p)!r}')
print(path.join('a', 'b', 'c'), path.join('a/', '/root', 'x'), path.join('', 'x'), path.join('x', ''))
print(path.commonprefix(['interstellar', 'internet', 'interval']), path.commonpath(['/a/b/c', '/a/b/d', '/a/bx']))
print(path.join('a', 3))
