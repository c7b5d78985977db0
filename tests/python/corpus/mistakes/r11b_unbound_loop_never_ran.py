# A loop variable used after a loop that never ran.
def last_even(nums):
    for n in nums:
        if n % 2 == 0:
            found = n
    return found

print(last_even([1, 2, 3, 4, 5]))
print(last_even([1, 3, 5]))
