# Rebinding a name in a loop frees the previous object each time.
class Conn:
    count = 0

    def __init__(self):
        Conn.count += 1
        self.n = Conn.count
        print("open", self.n)

    def __del__(self):
        print("close", self.n)

for _ in range(3):
    c = Conn()
print("loop over")
del c
print("end")
