# A conditional expression without else inside a call.
print("start")

n = 5
print("big" if n > 3)
