# sys's int settings and their errors: set_int_max_str_digits, set_coroutine_origin_tracking_depth
import sys
for f, v in ((sys.set_int_max_str_digits, 5000), (sys.set_int_max_str_digits, "x"), (sys.set_int_max_str_digits, 2**70), (sys.set_int_max_str_digits, 10), (sys.set_coroutine_origin_tracking_depth, 2**40), (sys.set_coroutine_origin_tracking_depth, -3), (sys.set_coroutine_origin_tracking_depth, 1.5)):
    try:
        print(f(v))
    except Exception as e:
        print(type(e).__name__, e)
print(sys.set_int_max_str_digits(maxdigits=0), sys.set_coroutine_origin_tracking_depth(depth=2), sys.get_coroutine_origin_tracking_depth())
