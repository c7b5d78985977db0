import io

buf = io.StringIO("alpha\nbeta\n")
while line = buf.readline():
    print(line.strip())
