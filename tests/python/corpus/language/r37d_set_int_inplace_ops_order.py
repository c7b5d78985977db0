# Tracking seat numbers with in-place set updates and printing the sets as Python shows them.
booked = set(range(1, 40, 3))
print(booked)
cancelled = {4, 13, 22, 31}
booked -= cancelled
print(booked)
booked |= {64, 2, 33}
print(booked)
booked ^= {2, 5, 96, 128}
print(booked)
booked &= set(range(0, 200, 1))
print(booked)
vip = {100, 36, 68, 4}
vip.symmetric_difference_update({36, 132})
print(vip)
vip.intersection_update({100, 4, 132, 7})
print(vip)
vip.update(range(8, 40, 8))
print(vip, len(vip))
vip.difference_update({8, 16})
print(vip)
tmp = {1, 9, 17, 25}
tmp ^= {9, 33}
print(tmp, {1, 9, 17, 25} ^ {9, 33})
