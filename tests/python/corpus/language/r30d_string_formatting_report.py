# A formatted report of students with f-string alignment, conditional formatting and totals
students = [("Alice", [92, 88, 95]), ("Bob", [75, 64, 81]), ("Charlotte", [58, 71, 49]), ("Dan", [100, 100, 99])]
header = f"{'Name':<10}{'Avg':>7}{'Best':>6}  Grade"
print(header)
print("=" * len(header))
for name, marks in students:
    avg = sum(marks) / len(marks)
    grade = "A" if avg >= 90 else "B" if avg >= 75 else "C" if avg >= 60 else "F"
    flag = " *" if min(marks) < 60 else ""
    print(f"{name:<10}{avg:>7.2f}{max(marks):>6}  {grade}{flag}")
allmarks = [m for _, ms in students for m in ms]
print("-" * len(header))
print(f"{'class':<10}{sum(allmarks) / len(allmarks):>7.2f}{max(allmarks):>6}")
print(f"{len(students)} students, {sum(1 for _, m in students if sum(m) / 3 >= 75)} passed with B or better")
w = 12
print(f"{'centered':^{w}}|{3.14159:^{w}.3f}|{42:^{w}d}|")
print(f"{'%'}{50}", f"{50}%", f"{0.5:.0%}", f"{'x'!r:>5}", f"{students[0][0]=}")
