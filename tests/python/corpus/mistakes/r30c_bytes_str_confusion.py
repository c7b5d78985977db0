# Mixing up bytes and str when handling "network" data.
data = b"GET /index.html"
print(str(data), str(data, "ascii"), data.decode())
for expr in ["bytes('abc')", "bytes([300])", "(1000).to_bytes(1, 'big')", "b'abc'.decode('utf-16')",
             "'café'.encode('latin-1').decode('utf-8')", "data.split(' ')", "data.startswith('GET')",
             "'x' in data", "data.replace(b'GET', 'POST')", "bytes(-1)", "b'%s' % 'text'", "data[0] == b'G'"]:
    try:
        print(expr, "=", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
print("text".decode("utf-8"))
