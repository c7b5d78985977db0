# r24c_index_loop_off_by_one: a mistake as a learner makes it, and what CPython 3.11 says of it
temps = [21.5, 23.0, 19.8, 25.1]
for i in range(len(temps) + 1):
    diff = temps[i + 1] - temps[i]
    print(f"day {i}: change {diff:+.1f}")
