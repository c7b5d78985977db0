# min() of an unpacked empty list
values = []
print(min(*values, 5))
print(min(*values))
