# get_ident/main_thread comparisons without printing idents
import threading
main_id = threading.get_ident()
seen = []
def w():
    seen.append(threading.get_ident())
    seen.append(threading.get_native_id())
t = threading.Thread(target=w); t.start(); t.join()
print(seen[0] != main_id, t.ident == seen[0], t.native_id == seen[1])
print(threading.main_thread().ident == main_id, threading.main_thread().is_alive())
print(threading.TIMEOUT_MAX > 1e6, type(threading.TIMEOUT_MAX).__name__)
import sys
print(sys.getswitchinterval())
