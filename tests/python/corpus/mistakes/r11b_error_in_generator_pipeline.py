# A generator pipeline: the error surfaces where sum() pulls the values.
def read(lines):
    for line in lines:
        yield line.strip()

def numbers(items):
    for item in items:
        yield int(item)

def squares(nums):
    for n in nums:
        yield n * n

data = ["1", " 2", "3 ", "four", "5"]
print(sum(squares(numbers(read(data[:3])))))
print(sum(squares(numbers(read(data)))))
