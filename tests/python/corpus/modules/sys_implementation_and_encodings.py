# sys's facts about the interpreter a program may print or test: its
# implementation and version numbers, encodings, sys.exception() (3.11)
# beside exc_info(), and the TypeErrors of its no-argument functions.
import sys

print(sys.implementation.name, sys.implementation.cache_tag, sys.implementation)
print(sys.api_version, hex(sys.hexversion), repr(sys.abiflags), sys.float_repr_style, sys.warnoptions)
print(sys.hexversion >= 0x030B0000, sys.version_info >= (3, 11), sys.implementation.version is sys.version_info)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.is_finalizing())
print(sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print(repr(sys.exception()), sys.exception() is sys.exc_info()[1])
    try:
        {}["k"]
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception(), sys.exc_info())
for f in (sys.getdefaultencoding, sys.exc_info, sys.exception, sys.getrecursionlimit, sys.is_finalizing):
    for a, k in (((1,), {}), ((), {"x": 1})):
        try:
            f(*a, **k)
        except TypeError as e:
            print(e)
