# python/lib/base64.py
#
# The base64 module's everyday part, after CPython 3.11's base64.py over
# binascii (written here in Python after Modules/binascii.c's a2b_base64:
# characters outside the alphabet skipped unless validate=True, padding
# ending the data, CPython's binascii.Error messages): b64encode and
# b64decode with altchars and validate, the standard_ and urlsafe_
# variants, encodebytes/decodebytes (lines of 76), b16encode/b16decode,
# the base32 codecs (b32encode, b32decode, b32hex..., as CPython's over
# lists where it uses bytearray).  The base85 codecs are refused by name.
#
# A file of the library fetched when imported in wasm (build/wasm/pylib/base64.py);
# built into the native interpreter as the C string base64_prelude.

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'b85encode', 'b85decode', 'a85encode',
           'a85decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']


class _BinasciiError(ValueError):
    pass


_BinasciiError.__name__ = _BinasciiError.__qualname__ = 'Error'
_BinasciiError.__module__ = 'binascii'
_ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_VALUE = {ord(c): i for i, c in enumerate(_ALPHA)}


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % s.__class__.__name__)


def _need_bytes(s):
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)
    return bytes(s)


def _swap(data, a, b):
    # bytes.translate of two pairs of characters
    out = []
    for c in data:
        out.append(b[0] if c == a[0] else b[1] if c == a[1] else c)
    return bytes(out)


def _encode(s, newline=False):
    s = _need_bytes(s)
    out = []
    for i in range(0, len(s), 3):
        chunk = s[i:i + 3]
        n = int.from_bytes(chunk, 'big') << (8 * (3 - len(chunk)))
        for k in range(4):
            out.append(_ALPHA[(n >> (18 - 6 * k)) & 63] if k <= len(chunk) else '=')
    text = ''.join(out)
    if newline:
        text = ''.join(text[i:i + 76] + '\n' for i in range(0, len(text), 76))
    return text.encode('ascii')


def _decode(data, strict=False):
    out = []
    quad, left, pads, padding, count = 0, 0, 0, False, 0
    for i, c in enumerate(data):
        if c == 61:  # '='
            padding = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict and i + 1 < len(data):
                        raise _BinasciiError('Excess data after padding')
                    return bytes(out)
            continue
        v = _VALUE.get(c)
        if v is None:
            if strict:
                raise _BinasciiError('Only base64 data is allowed')
            continue
        if strict and padding:
            raise _BinasciiError('Discontinuous padding not allowed')
        pads = 0
        count += 1
        if quad == 0:
            left, quad = v, 1
        elif quad == 1:
            out.append((left << 2) | (v >> 4))
            left, quad = v & 0x0f, 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left, quad = v & 0x03, 3
        else:
            out.append(((left << 6) | v) & 0xff)
            left, quad = 0, 0
    if quad:
        if quad == 1:
            raise _BinasciiError('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                                 'than a multiple of 4' % (len(out) // 3 * 4 + 1))
        raise _BinasciiError('Incorrect padding')
    return bytes(out)


def b64encode(s, altchars=None):
    encoded = _encode(s)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return _decode(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_bytes_from_decode_data(s), b'-_', b'+/'))


def encodebytes(s):
    return _encode(s, True)


def decodebytes(s):
    return _decode(_need_bytes(s))


def b16encode(s):
    return _need_bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    text = s.decode('ascii')
    if casefold:
        text = text.upper()
    if any(c not in '0123456789ABCDEF' for c in text):
        raise _BinasciiError('Non-base16 digit found')
    if len(text) % 2:
        raise _BinasciiError('Odd-length string')
    return bytes.fromhex(text)


_b32alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32hexalphabet = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _need_bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    out = []
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i: i + 5], 'big')
        out.extend(alphabet[(c >> k) & 31] for k in range(35, -1, -5))
    pad = {1: 6, 2: 4, 3: 3, 4: 1}.get(leftover, 0)
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    rev = {v: k for k, v in enumerate(alphabet)}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise _BinasciiError('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.replace(b'0', b'O').replace(b'1', map01)
    if casefold:
        s = s.upper()
    l = len(s)
    s = s.rstrip(b'=')
    padchars = l - len(s)
    decoded = b''
    acc = 0
    for i in range(0, len(s), 8):
        quanta = s[i: i + 8]
        acc = 0
        try:
            for c in quanta:
                acc = (acc << 5) + rev[c]
        except KeyError:
            raise _BinasciiError('Non-base32 digit found') from None
        decoded += acc.to_bytes(5, 'big')
    if l % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise _BinasciiError('Incorrect padding')
    if padchars and decoded:
        acc <<= 5 * padchars
        last = acc.to_bytes(5, 'big')
        leftover = (43 - 5 * padchars) // 8
        decoded = decoded[:-5] + last[:leftover]
    return decoded


def b32encode(s):
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_b32hexalphabet, s, casefold)


def _refused(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"base64.{name} is not supported by casyncio's Python")
    f.__name__ = f.__qualname__ = name
    return f


for _n in ('b85encode', 'b85decode', 'a85encode',
           'a85decode', 'encode', 'decode'):
    globals()[_n] = _refused(_n)
del _n
