# list methods and sorted() given the wrong arguments.
nums = [3, 1, 2]
for call in (lambda: nums.sort(lambda x: x), lambda: sorted(nums, lambda x: x),
             lambda: nums.insert(1), lambda: nums.index()):
    try:
        call()
    except TypeError as e:
        print(e)
nums.pop(1, 2)
