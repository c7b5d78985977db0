# remembering the last even number seen in a list that has none
def last_even(nums):
    for n in nums:
        if n % 2 == 0:
            found = n
    return found

print(last_even([1, 2, 3, 4]))
print(last_even([1, 3, 5]))
