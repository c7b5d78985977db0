def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket

print(add_item(1), add_item(2), add_item(3, []), add_item(4))
print(add_item.__defaults__)

def add_item2(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add_item2(1), add_item2(2))

a = [1, 2, 3]
b = a
b += [4]
print(a)
b = b + [5]
print(a, b)
m = [[]] * 3
m[0].append("x")
print(m, [id(x) == id(m[0]) for x in m])
nums = [1, 2, 3, 4, 5, 6]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 2, 3]
for n in nums[:]:
    if n == 2:
        nums.remove(n)
print(nums)
d = {"a": 1, "b": 2}
for k in d:
    d["c"] = 3
