# min() of an unpacked empty list
print("== min no arguments ==")
values = []
print(min(*values, 5))
print(min(*values))
