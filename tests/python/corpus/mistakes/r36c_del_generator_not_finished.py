# a generator with a finally block, left unfinished in a loop that breaks
def lines():
    try:
        for i in range(5):
            yield f"line {i}"
    finally:
        print("file closed")

for ln in lines():
    print(ln)
    if ln.endswith("1"):
        break
print("after the loop")
g = lines()
print(next(g))
g = None
print("dropped g")
