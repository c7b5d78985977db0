# str.encode and bytes.decode: UTF-8 errors as CPython's decoder reports them, ascii and latin-1, errors='ignore'/'replace', an unknown codec
for b in [b'\xff', b'a\xe9b', b'\xe2\x82', b'\xe2\x28\xa1', b'\xf0\x9f\x98', b'ok\xc3', b'\xed\xa0\x80', b'\xc0\xaf', b'\xf4\x90\x80\x80', b'\xe0\x80\x80', b'caf\xc3\xa9', b'\xf0\x9f\x98\x80']:
    try: print(b.decode())
    except UnicodeDecodeError as e: print(b, '|', e)
for s, enc in [('é', 'ascii'), ('€', 'latin-1'), ('héllo', 'ascii'), ('😀', 'ascii'), ('ok', 'ascii'), ('é', 'Latin-1'), ('é', 'UTF8'), ('x', 'nope')]:
    try: print(s.encode(enc))
    except (UnicodeEncodeError, LookupError) as e: print(s, enc, '|', type(e).__name__, e)
print(b'\xe9'.decode('latin-1'), b'abc'.decode('ascii'), str(b'caf\xc3\xa9', 'utf-8'), str(b'x', encoding='ascii'))
try:
    b'\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print(e)
print(issubclass(UnicodeEncodeError, ValueError), issubclass(UnicodeDecodeError, UnicodeError))
for b in [b'a\xffb\xe2\x82c', b'\xf0\x9f\x98', b'\xed\xa0\x80x', b'ok']:
    print(b.decode('utf-8', 'ignore'), b.decode(errors='replace'), b.decode('ascii', errors='replace'))
print('héllo wörld €'.encode('ascii', 'ignore'), 'héllo €'.encode('ascii', 'replace'), 'é€'.encode('latin-1', errors='replace'))
b'\xe2\x82'.decode()
