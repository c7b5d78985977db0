# os.path imported in every form a learner tries: as osp, from os.path, posixpath, and sys.modules
import sys
import os.path as osp
from os.path import join as pjoin, splitext
import posixpath
import os

parts = ['reports', '2024', 'q1', 'summary.final.txt']
p = pjoin(*parts)
print(p, splitext(p), osp.basename(p), osp.dirname(p).split(osp.sep))
print(osp is os.path is posixpath is sys.modules['os.path'], osp.__name__, os.path)
print(osp.join('/', 'a'), osp.join('a', '..', 'b'), osp.normpath(osp.join('a', '..', 'b')), osp.normcase('A/B'))
print(osp.splitext('.hidden'), osp.splitext('a/b.c/d'), osp.splitext('x..y'), osp.splitdrive('/x'))
print(osp.isabs('rel/x'), osp.isabs('/abs'), osp.commonpath(['a/b', 'a/c']), osp.commonprefix([]))
print(osp.curdir, osp.pardir, osp.extsep, osp.pathsep, osp.altsep, osp.devnull)
print(osp.commonpath(['/a', 'b']))
