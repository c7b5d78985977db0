# python/lib/hashlib.py
#
# The hashlib module's everyday part, written in Python (CPython's is
# OpenSSL's): md5, sha1, sha224, sha256, sha384 and sha512 after their
# standards (RFC 1321, FIPS 180-4), and new() by name, with update(),
# digest(), hexdigest(), copy(), name, digest_size and block_size, and
# CPython's errors (a str must be encoded first, an unknown name).  The
# other algorithms (sha3, blake2, shake) and the key derivations
# (pbkdf2_hmac, scrypt) are refused by name.
#
# A file of the library fetched when imported in wasm (build/wasm/pylib/hashlib.py);
# built into the native interpreter as the C string hashlib_prelude.

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new', 'algorithms_guaranteed', 'algorithms_available',
           'file_digest', 'pbkdf2_hmac')
algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224',
                         'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'}
algorithms_available = set(algorithms_guaranteed)

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _data(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, bytearray):
        return bytes(data)
    if not isinstance(data, bytes):
        raise TypeError("object supporting the buffer API required")
    return data


def _primes(n):
    out, k = [], 2
    while len(out) < n:
        if all(k % p for p in out if p * p <= k):
            out.append(k)
        k += 1
    return out


def _root_bits(p, r, bits):
    # the first `bits` bits of the fraction of p ** (1/r)
    x = p << (r * bits)
    lo, hi = 0, 1 << (bits + 8)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid ** r <= x:
            lo = mid
        else:
            hi = mid - 1
    return lo & ((1 << bits) - 1)


_P80 = _primes(80)
_K256 = [_root_bits(p, 3, 32) for p in _P80[:64]]
_K512 = [_root_bits(p, 3, 64) for p in _P80]


class _Hash:
    __slots__ = ('_buf', '_len', '_h')

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._buf = b''
        self._len = 0
        self._h = list(self._init)
        if data:
            self.update(data)

    def update(self, data):
        data = _data(data)
        self._len += len(data)
        buf = self._buf + data
        n = self.block_size
        i = 0
        while i + n <= len(buf):
            self._block(buf[i:i + n])
            i += n
        self._buf = buf[i:]

    def copy(self):
        c = type(self).__new__(type(self))
        c._buf, c._len, c._h = self._buf, self._len, list(self._h)
        return c

    def _padded(self, big):
        n = self.block_size
        lenbytes = 16 if n == 128 else 8
        bits = (self._len * 8).to_bytes(lenbytes, 'big' if big else 'little')
        pad = (n - (self._len + 1 + lenbytes) % n) % n
        return self._buf + b'\x80' + b'\x00' * pad + bits

    def digest(self):
        c = self.copy()
        tail = c._padded(self._big)
        for i in range(0, len(tail), c.block_size):
            c._block(tail[i:i + c.block_size])
        w = self._word
        out = b''
        for x in c._h:
            out += x.to_bytes(w, 'big' if self._big else 'little')
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {hex(id(self))}>'


def _rotr32(x, n):
    return ((x >> n) | (x << (32 - n))) & _M32


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & _M32


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _M64


class _SHA256(_Hash):
    __slots__ = ()
    name, digest_size, block_size = 'sha256', 32, 64
    _big, _word = True, 4
    _init = [_root_bits(p, 2, 32) for p in _P80[:8]]

    def _block(self, b):
        w = [int.from_bytes(b[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 64):
            s0 = _rotr32(w[i - 15], 7) ^ _rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3)
            s1 = _rotr32(w[i - 2], 17) ^ _rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M32)
        a, b_, c, d, e, f, g, h = self._h
        for i in range(64):
            t1 = (h + (_rotr32(e, 6) ^ _rotr32(e, 11) ^ _rotr32(e, 25)) + ((e & f) ^ (~e & g)) + _K256[i] + w[i]) & _M32
            t2 = ((_rotr32(a, 2) ^ _rotr32(a, 13) ^ _rotr32(a, 22)) + ((a & b_) ^ (a & c) ^ (b_ & c))) & _M32
            h, g, f, e, d, c, b_, a = g, f, e, (d + t1) & _M32, c, b_, a, (t1 + t2) & _M32
        self._h = [(x + y) & _M32 for x, y in zip(self._h, (a, b_, c, d, e, f, g, h))]


class _SHA224(_SHA256):
    __slots__ = ()
    name, digest_size = 'sha224', 28
    _init = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]


class _SHA512(_Hash):
    __slots__ = ()
    name, digest_size, block_size = 'sha512', 64, 128
    _big, _word = True, 8
    _init = [_root_bits(p, 2, 64) for p in _P80[:8]]

    def _block(self, b):
        w = [int.from_bytes(b[i:i + 8], 'big') for i in range(0, 128, 8)]
        for i in range(16, 80):
            s0 = _rotr64(w[i - 15], 1) ^ _rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7)
            s1 = _rotr64(w[i - 2], 19) ^ _rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _M64)
        a, b_, c, d, e, f, g, h = self._h
        for i in range(80):
            t1 = (h + (_rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)) + ((e & f) ^ (~e & g)) + _K512[i] + w[i]) & _M64
            t2 = ((_rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)) + ((a & b_) ^ (a & c) ^ (b_ & c))) & _M64
            h, g, f, e, d, c, b_, a = g, f, e, (d + t1) & _M64, c, b_, a, (t1 + t2) & _M64
        self._h = [(x + y) & _M64 for x, y in zip(self._h, (a, b_, c, d, e, f, g, h))]


class _SHA384(_SHA512):
    __slots__ = ()
    name, digest_size = 'sha384', 48
    _init = [_root_bits(p, 2, 64) for p in _P80[8:16]]


class _SHA1(_Hash):
    __slots__ = ()
    name, digest_size, block_size = 'sha1', 20, 64
    _big, _word = True, 4
    _init = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]

    def _block(self, b):
        w = [int.from_bytes(b[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 80):
            w.append(_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b_, c, d, e = self._h
        for i in range(80):
            if i < 20:
                f, k = (b_ & c) | (~b_ & d), 0x5A827999
            elif i < 40:
                f, k = b_ ^ c ^ d, 0x6ED9EBA1
            elif i < 60:
                f, k = (b_ & c) | (b_ & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b_ ^ c ^ d, 0xCA62C1D6
            a, b_, c, d, e = (_rotl32(a, 5) + (f & _M32) + e + k + w[i]) & _M32, a, _rotl32(b_, 30), c, d
        self._h = [(x + y) & _M32 for x, y in zip(self._h, (a, b_, c, d, e))]


_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
          0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
          0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
          0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
          0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
          0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
          0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
          0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391]


class _MD5(_Hash):
    __slots__ = ()
    name, digest_size, block_size = 'md5', 16, 64
    _big, _word = False, 4
    _init = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]

    def _block(self, b):
        m = [int.from_bytes(b[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b_, c, d = self._h
        for i in range(64):
            if i < 16:
                f, g = (b_ & c) | (~b_ & d), i
            elif i < 32:
                f, g = (d & b_) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b_ ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b_ | (~d & _M32)), (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _M32
            a, d, c, b_ = d, c, b_, (b_ + _rotl32(f, _MD5_S[i])) & _M32
        self._h = [(x + y) & _M32 for x, y in zip(self._h, (a, b_, c, d))]


for _c in (_Hash, _SHA256, _SHA224, _SHA512, _SHA384, _SHA1, _MD5):
    _c.__name__ = _c.__qualname__ = 'HASH'
    _c.__module__ = '_hashlib'
_ALGS = {'md5': _MD5, 'sha1': _SHA1, 'sha224': _SHA224, 'sha256': _SHA256, 'sha384': _SHA384, 'sha512': _SHA512}


def _maker(cls):
    def f(string=b'', *, usedforsecurity=True):
        return cls(string)
    f.__name__ = f.__qualname__ = 'openssl_' + cls.name
    return f


md5, sha1, sha224, sha256, sha384, sha512 = (_maker(_ALGS[n]) for n in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'))


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    cls = _ALGS.get(name.lower())
    if cls is None:
        if name.lower() in algorithms_guaranteed:
            raise NotImplementedError(f"hashlib.{name.lower()} is not supported by casyncio's Python")
        raise ValueError('unsupported hash type ' + name)
    return cls(data)


def _refused(name):
    def f(*args, **kwargs):
        raise NotImplementedError(f"hashlib.{name} is not supported by casyncio's Python")
    f.__name__ = f.__qualname__ = name
    return f


for _n in ('blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'pbkdf2_hmac', 'scrypt', 'file_digest'):
    globals()[_n] = _refused(_n)
del _n
