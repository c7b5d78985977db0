# io.StringIO used as a fake file: write, seek, tell, readline, iteration, truncate, closed
import io

f = io.StringIO()
n = f.write("first line\nsecond line\n")
print(n, f.tell())
print("third", file=f)
f.seek(0)
print(repr(f.readline()), f.tell())
print([line.rstrip() for line in f])
f.seek(6)
print(repr(f.read(4)), repr(f.read()))
f.truncate(11)
print(repr(f.getvalue()))
f.seek(0, io.SEEK_END)
f.write("added")
print(repr(f.getvalue()), f.readable(), f.writable(), f.seekable())
f.close()
print(f.closed)
try:
    f.write("x")
except ValueError as e:
    print("ValueError:", e)
g = io.StringIO("a\nb\nc")
print(g.readlines(), g.read(), io.StringIO("x\r\ny", newline=None).read().encode())
b = io.BytesIO(b"\x00\x01abc")
print(b.read(2), b.getbuffer().nbytes if False else len(b.getvalue()), b.read())
