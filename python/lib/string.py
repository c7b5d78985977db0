# python/lib/string.py
#
# The string module, as CPython's Lib/string.py writes it (its constants and
# capwords).  Compiled into a module when it is imported (modules.c,
# prelude_module).
#
# Built into the interpreter as the C string string_prelude: python/tools/gen_prelude.py
# writes it into a header at build time, without comments and needless spaces.
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace
def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))
