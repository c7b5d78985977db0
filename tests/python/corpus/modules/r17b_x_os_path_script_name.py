# os.path on the script's own name: basename, splitext and a log file name built from it
import os
import os.path

name = os.path.basename(__file__)
stem, ext = os.path.splitext(name)
print(name, stem, ext)
print(os.path.isabs(__file__), os.path.dirname(__file__) == os.path.split(__file__)[0])
log = os.path.join('logs', f'{stem}.log')
print(log, os.path.normpath(os.path.join('logs', '..', 'out', '.', f'{stem}.txt')))
print(os.sep, os.path.sep == os.sep, os.name)
