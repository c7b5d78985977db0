# A list of numbers with a missing comma.
# (kept short on purpose: the mistake is the point)
#
primes = [2, 3, 5 7, 11]
print(sum(primes))
