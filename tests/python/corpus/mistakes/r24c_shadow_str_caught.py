str = "my name"
try:
    print(str(42))
except TypeError as e:
    print("TypeError:", e)
del str
print(str(42))
input = 5
try:
    input("x")
except TypeError as e:
    print("TypeError:", e)
