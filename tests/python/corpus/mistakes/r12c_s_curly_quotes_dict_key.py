# Curly single quotes pasted around a dict key from a book.
delays = {'A': 0.2, 'B': 0.1}
for name in delays:
    print(name, delays[name])
print(delays[‘A’])
