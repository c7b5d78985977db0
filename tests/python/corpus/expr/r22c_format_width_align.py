# width, fill, alignment experiments
word = "py"
for spec in ["5", "<5", ">5", "^5", "*^6", "-<7", "0>4", "=^3", ">1", "^7"]:
    print(f"[{word:{spec}}]", repr(format(word, spec)))
n = 42
for spec in ["5", "<5", "^5", "=5", "+5", "=+6", "0=6", "x^8", "05", "-05", ">+6"]:
    print(spec.ljust(5), f"[{n:{spec}}]")
print(f"[{-42:=8}] [{-42:08}] [{-4.5:010.2f}] [{4.5:+010.2f}]")
print("{:_^20}".format(" centered "))
print("{:>{w}}|{:<{w}}|".format("r", "l", w=6))
print(f"{'abc':.1}|{'abcdef':5.3}|{'x':{'>'}{4}}|")
try:
    print(f"{'abc':=5}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{'abc':05}")
except ValueError as e:
    print("ValueError:", e)
print(format("abc", "0<5"))
