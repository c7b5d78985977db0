# OSError(errno, strerror) becomes the subclass of its errno, with errno, strerror and filename.
def open_config(name):
    raise OSError(2, 'No such file or directory', name)

try:
    open_config('settings.ini')
except FileNotFoundError as e:
    print('missing:', e)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)

for code in (1, 2, 13, 17, 21, 110, 99):
    e = OSError(code, 'message')
    print(code, type(e).__name__, repr(e), str(e))

plain = OSError('disk full')
print(repr(plain), plain.errno, plain.strerror, plain.filename)
print(str(OSError(2, 'gone', 'a.txt', None, 'b.txt')))
print(isinstance(OSError(13, 'no'), PermissionError), issubclass(BrokenPipeError, ConnectionError))
print(FileExistsError.__mro__[1].__name__, IsADirectoryError(21, 'dir').errno)
raise OSError(13, 'Permission denied', '/etc/shadow')
