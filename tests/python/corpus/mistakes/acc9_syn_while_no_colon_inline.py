# A one-line while without its colon.
print("start")

n = 3
while n > 0 n -= 1
print(n)
