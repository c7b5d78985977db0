# str.encode and bytes.decode with UTF-16, UTF-32, utf-8-sig and cp1252, and their errors
for text in ['abc', 'héllo €', '😀é']:
    for enc in ['utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf_32_be', 'utf-8-sig', 'cp1252', 'windows-1252']:
        try:
            data = text.encode(enc)
            print(f'{enc:>12} {len(data):2} {data!r} -> {data.decode(enc)!r}')
        except UnicodeError as e:
            print(f'{enc:>12} {type(e).__name__}: {e} [{e.start}:{e.end}] {e.reason!r}')
samples = [b'abc', b'ab', b'\xff\xfea\x00b\x00', b'\xfe\xff\x00a', b'a\x00\x00', b'\x00\xd8a\x00', b'\x00\xdc',
           b'\x00\xd8', b'\x3d\xd8\x00\xde', b'\xff\xfe\x00\x00a\x00\x00\x00', b'\x00\x00\x11\x00', b'\x80\x81', b'\xef\xbb\xbfhi']
for raw in samples:
    out = []
    for enc in ['utf-16', 'utf-16-le', 'utf-32-le', 'cp1252', 'utf-8-sig']:
        try:
            out.append(repr(raw.decode(enc)))
        except UnicodeDecodeError as e:
            out.append(f'{e.encoding}:{e.start}-{e.end}:{e.reason}')
    print(raw, ' | '.join(out))
for err in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    print(err, 'aāb€'.encode('cp1252', err), b'\x00\xdca\x00\x81'.decode('utf-16-le', err if err != 'xmlcharrefreplace' else 'replace'))
print(bytes('hi', 'utf-16'), bytes('é', 'latin-1'), str(b'h\x00i\x00', 'utf-16-le'), str(b'\x80', 'cp1252'))
print(len('😀'.encode('utf-16')), '😀'.encode('utf-16-le').decode('utf-16-le') == '😀')
b'\x00\xd8\x00\xd8'.decode('utf-16-le')
