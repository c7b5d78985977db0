def summary(total, count, name):
    text = f"""Report for {name.upper()}
    total:   {total}
    average: {total / count:.2f}
    """
    return text

print(summary(10, 4, "q1"))
print(summary(10, 0, "q2"))
