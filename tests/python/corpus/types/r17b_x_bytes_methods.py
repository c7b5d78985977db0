# bytes a learner tries after encode(): indexing, slicing, join of bytes, count, find and split
data = 'worker-A,worker-B'.encode()
print(data, type(data).__name__, data[0], data[:6], data[-1:])
print(data + b'!', b'-' * 3, b'A' in data, 65 in data)
print(data.decode().split(','), len(data))
print(data.upper())
