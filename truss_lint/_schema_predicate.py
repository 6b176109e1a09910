"""Generated from schemas/truss-config.schema.json by scripts/compile_data.py: do not edit.

`is_valid(config)` is the schema's yes/no test (`_compiled_schema.Validator`'s predicate), one
function per subschema with each keyword test inlined. See scripts/schema_predicate.py.
"""
# flake8: noqa
import re

from ._compiled_schema import _EXACT_TYPES, _first_repeat
from .schema import _in, type_name

SCHEMA_LENGTH = 107181
SCHEMA_CRC32 = 87948339

_kind = _EXACT_TYPES.get


def _always(v):
    return True


def _never(v):
    return False

_c0 = frozenset(['null', 'string'])
_c1 = frozenset(['py310', 'py311', 'py312', 'py313', 'py314', 'py39'])
_c2 = ['py39', 'py310', 'py311', 'py312', 'py313', 'py314']
_c3 = frozenset(['boolean', 'integer', 'null', 'number', 'string'])
def _c4(text):
    global _c4
    _c4 = re.compile('^(\\s*\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*|([0-9]+(\\.[0-9]*)?|\\.[0-9]+)m)$').search
    return _c4(text)

def _c5(text):
    global _c5
    _c5 = re.compile('^(\\s*\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*|([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))$').search
    return _c5(text)

def _c6(text):
    global _c6
    _c6 = re.compile('^\\s*v?[0-9]+(\\.[0-9]+)*([._-]?(a|b|rc|alpha|beta|c|pre|preview|post|rev|r|dev)[._-]?[0-9]*)*(\\+[A-Za-z0-9.]+)?\\s*$').search
    return _c6(text)

_c7 = frozenset(['TRT_LLM', 'TrussServer'])
_c8 = ['TrussServer', 'TRT_LLM']
_c9 = [False]
def _c10(text):
    global _c10
    _c10 = re.compile('^([tT][rR][uU][eE]|[fF][aA][lL][sS][eE]|[yY][eE][sS]|[nN][oO]|[oO][nN]|[oO][fF][fF]|[tTfFyYnN]|0|1)$').search
    return _c10(text)

def _c11(text):
    global _c11
    _c11 = re.compile('^(/[\\s\\S]*)?$').search
    return _c11(text)

def _c12(text):
    global _c12
    _c12 = re.compile('^\\s*(RTX_PRO_6000|A100_40GB|H100_40GB|GB300|A100|A10G|B200|B300|H100|H200|L40S|V100|B10|L4|T4)(:0*[1-9][0-9]*)?\\s*$').search
    return _c12(text)

def _c13(text):
    global _c13
    _c13 = re.compile('^\\s*[+-]?[0-9]+\\s*$').search
    return _c13(text)

_c14 = frozenset(['azure', 'gcs', 'hf', 's3'])
_c15 = ['hf', 'gcs', 's3', 'azure']
def _c16(text):
    global _c16
    _c16 = re.compile('^(hf|s3|gs|azure|r2|cw|https)://[^/][\\s\\S]*$').search
    return _c16(text)

def _c17(text):
    global _c17
    _c17 = re.compile('^/[\\s\\S]*$').search
    return _c17(text)

_c18 = ['http']
_c19 = ['websocket']
_c20 = ['grpc']
_c21 = frozenset(['0', '60000'])
_c22 = [0, '0', 60000, '60000']
def _c23(text):
    global _c23
    _c23 = re.compile('^(s3|gs|azure|r2|cw)://[\\s\\S]*@[\\s\\S]*$').search
    return _c23(text)

def _c24(text):
    global _c24
    _c24 = re.compile('^bdn:[^/:@]+/[^/:@]+(:[^/:@]+|@(b3:)?[0-9a-fA-F]{12,64})?$').search
    return _c24(text)

def _c25(text):
    global _c25
    _c25 = re.compile('^[^/]{1,256}$').search
    return _c25(text)

_c26 = ['v1']
_c27 = ['v2']
def _c28(text):
    global _c28
    _c28 = re.compile('^([gG][cC][pP]_[sS][eE][rR][vV][iI][cC][eE]_[aA][cC][cC][oO][uU][nN][tT]_[jJ][sS][oO][nN]|[aA][wW][sS]_[iI][aA][mM]|[aA][wW][sS]_[oO][iI][dD][cC]|[gG][cC][pP]_[oO][iI][dD][cC]|[rR][eE][gG][iI][sS][tT][rR][yY]_[sS][eE][cC][rR][eE][tT]|[aA][wW][sS]_[aA][sS][sS][uU][mM][eE]_[rR][oO][lL][eE])$').search
    return _c28(text)

_c29 = frozenset(['A100', 'A100_40GB', 'A10G', 'B10', 'B200', 'B300', 'GB300', 'H100', 'H100_40GB', 'H200', 'L4', 'L40S', 'RTX_PRO_6000', 'T4', 'V100'])
_c30 = ['B10', 'T4', 'L4', 'A10G', 'V100', 'A100', 'A100_40GB', 'H100', 'H200', 'H100_40GB', 'B200', 'L40S', 'RTX_PRO_6000', 'B300', 'GB300']
def _c31(text):
    global _c31
    _c31 = re.compile('^\\s*\\+?0*[1-9][0-9]*\\s*$').search
    return _c31(text)

def _c32(text):
    global _c32
    _c32 = re.compile('^[-._a-zA-Z0-9]+$').search
    return _c32(text)

def _c33(text):
    global _c33
    _c33 = re.compile('^DOCKER_REGISTRY_[\\s\\S]*$').search
    return _c33(text)

_c34 = [True]
def _c35(text):
    global _c35
    _c35 = re.compile('^([tT][rR][uU][eE]|[yY][eE][sS]|[oO][nN]|[tTyY]|1)$').search
    return _c35(text)

_c36 = frozenset([''])
_c37 = [False, 0, '', None]
_c38 = frozenset(['azure', 'gcs', 's3'])
_c39 = ['gcs', 's3', 'azure']
def _c40(text):
    global _c40
    _c40 = re.compile('^([cC][uU][sS][tT][oO][mM]_[sS][eE][cC][rR][eE][tT]|[aA][wW][sS]_[oO][iI][dD][cC]|[gG][cC][pP]_[oO][iI][dD][cC]|[aA][wW][sS]_[aA][sS][sS][uU][mM][eE]_[rR][oO][lL][eE])$').search
    return _c40(text)

def _c41(text):
    global _c41
    _c41 = re.compile('^[\\s\\S]*\\.\\.[\\s\\S]*$').search
    return _c41(text)

_c42 = frozenset(['delete', 'inspect', 'pull', 'push', 'tag'])
_c43 = ['pull', 'push', 'tag', 'inspect', 'delete']
_c44 = frozenset(['guaranteed_no_evict', 'max_utilization'])
_c45 = ['max_utilization', 'guaranteed_no_evict']
_c46 = frozenset(['integer', 'number'])
def _c47(text):
    global _c47
    _c47 = re.compile('^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$').search
    return _c47(text)

def _c48(text):
    global _c48
    _c48 = re.compile('^([0-9]{1,3}\\.){3}[0-9]{1,3}(/[0-9]{1,2})?$').search
    return _c48(text)

def _c49(text):
    global _c49
    _c49 = re.compile('^[a-zA-Z0-9*]([a-zA-Z0-9*-]{0,61}[a-zA-Z0-9*])?(\\.[a-zA-Z0-9*]([a-zA-Z0-9*-]{0,61}[a-zA-Z0-9*])?)*$').search
    return _c49(text)

_c50 = frozenset(['.', '..'])
_c51 = ['.', '..']
def _c52(text):
    global _c52
    _c52 = re.compile('^/+$').search
    return _c52(text)

def _c53(text):
    global _c53
    _c53 = re.compile('^([\\s\\S]*/)?\\.\\.(/[\\s\\S]*)?$').search
    return _c53(text)

_c54 = frozenset(['decoder', 'encoder', 'encoder_bert'])
_c55 = ['encoder', 'encoder_bert', 'decoder']
_c56 = frozenset(['fp4', 'fp4_kv', 'fp4_mlp_only', 'fp8', 'fp8_kv', 'fp8_mlp_only', 'no_quant', 'smooth_quant', 'weights_int4', 'weights_int4_kv_int8', 'weights_int8', 'weights_kv_int8'])
_c57 = ['no_quant', 'weights_int8', 'weights_kv_int8', 'weights_int4', 'weights_int4_kv_int8', 'smooth_quant', 'fp8', 'fp8_kv', 'fp8_mlp_only', 'fp4', 'fp4_kv', 'fp4_mlp_only']
_c58 = frozenset(['/predict', '/predict_tokens', '/rerank', '/v1/embeddings', '/v1/systemone'])
_c59 = ['/v1/embeddings', '/v1/systemone', '/rerank', '/predict', '/predict_tokens']
def _c60(text):
    global _c60
    _c60 = re.compile('^[0-9][\\s\\S]*$').search
    return _c60(text)

_c61 = ['decoder']
_c62 = [None]
_c63 = [256]
_c64 = [8192]
_c65 = [1]
_c66 = [0]
_c67 = [-1]
_c68 = [{'paged_kv_cache': True, 'use_paged_context_fmha': True, 'use_fp8_context_fmha': False}]
def _c69(text):
    global _c69
    _c69 = re.compile('^\\s*(V100|T4)(\\s*|:[\\s\\S]*)$').search
    return _c69(text)

_c70 = frozenset(['fp4', 'fp4_kv', 'fp4_mlp_only', 'fp8', 'fp8_kv', 'fp8_mlp_only'])
_c71 = ['fp8', 'fp8_kv', 'fp8_mlp_only', 'fp4', 'fp4_kv', 'fp4_mlp_only']
def _c72(text):
    global _c72
    _c72 = re.compile('^\\s*(A100_40GB|A100|A10G)(\\s*|:[\\s\\S]*)$').search
    return _c72(text)

_c73 = frozenset(['fp4', 'fp4_kv', 'fp4_mlp_only'])
_c74 = ['fp4', 'fp4_kv', 'fp4_mlp_only']
def _c75(text):
    global _c75
    _c75 = re.compile('^\\s*(A100_40GB|H100_40GB|H100|H200|L40S|L4)(\\s*|:[\\s\\S]*)$').search
    return _c75(text)

_c76 = ['encoder_bert']
_c77 = frozenset(['T4', 'V100'])
_c78 = ['T4', 'V100']
_c79 = frozenset(['A100', 'A100_40GB', 'A10G'])
_c80 = ['A100', 'A100_40GB', 'A10G']
_c81 = frozenset(['A100_40GB', 'H100', 'H100_40GB', 'H200', 'L4', 'L40S'])
_c82 = ['A100_40GB', 'H100', 'H100_40GB', 'H200', 'L4', 'L40S']
_c83 = frozenset(['AZURE', 'BASETEN_TRAINING', 'GCS', 'HF', 'LOCAL', 'REMOTE_URL', 'S3'])
_c84 = ['HF', 'GCS', 'S3', 'AZURE', 'LOCAL', 'REMOTE_URL', 'BASETEN_TRAINING']
_c85 = frozenset(['DRAFT_TOKENS_EXTERNAL', 'LOOKAHEAD_DECODING'])
_c86 = ['DRAFT_TOKENS_EXTERNAL', 'LOOKAHEAD_DECODING']
_c87 = ['LOOKAHEAD_DECODING']
def _c88(text):
    global _c88
    _c88 = re.compile('^[a-zA-Z0-9_\\-\\.:]+$').search
    return _c88(text)

_c89 = frozenset(['encoder', 'encoder_bert'])
_c90 = ['encoder', 'encoder_bert']
def _c91(text):
    global _c91
    _c91 = re.compile('^([A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?/)?[A-Za-z0-9_]([A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?$').search
    return _c91(text)

_c92 = ['HF']
def _c93(text):
    global _c93
    _c93 = re.compile('^[\\s\\S]*(--|\\.\\.)[\\s\\S]*$').search
    return _c93(text)


def _v0(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        check = _p0.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if not _v23(v):
        return False
    if not _v24(v):
        return False
    if not _v25(v):
        return False
    if not _v26(v):
        return False
    if not _v27(v):
        return False
    if not _v28(v):
        return False
    return True


def _v1(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    return True


def _v2(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c0:
        return False
    return True


def _v3(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        check = _p1.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v4(v):
    if not (_v29(v) or _v30(v)):
        return False
    return True


def _v5(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v1(item):
            return False
    return True


def _v6(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c1) if type(v) is str else not _in(v, _c2):
        return False
    return True


def _v7(v):
    if not (_v31(v) or _v30(v)):
        return False
    return True


def _v8(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        if not _v32(item):
            return False
    return True


def _v9(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        if not _v2(item):
            return False
    return True


def _v10(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        check = _p2.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v11(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p3.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v12(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p4.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v13(v):
    if not (_v51(v) or _v30(v)):
        return False
    return True


def _v14(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v52(item):
            return False
    return True


def _v15(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v53(item):
            return False
    return True


def _v16(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p5.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v17(v):
    if not (_v30(v) or _v56(v)):
        return False
    return True


def _v18(v):
    if not (_v57(v) or _v30(v)):
        return False
    return True


def _v19(v):
    if not (_v58(v) or _v30(v)):
        return False
    return True


def _v20(v):
    if not (_v59(v) or _v60(v)):
        return False
    return True


def _v21(v):
    if not (_v61(v) or _v30(v)):
        return False
    return True


def _v22(v):
    if not (_v14(v) or _v30(v)):
        return False
    return True


def _v23(v):
    if _v62(v):
        return False
    return True


def _v24(v):
    if _v63(v):
        return False
    return True


def _v25(v):
    if _v64(v):
        return False
    return True


def _v26(v):
    if _v65(v):
        return False
    return True


def _v27(v):
    if _v66(v):
        return False
    return True


def _v28(v):
    if _v67(v):
        return False
    return True


def _v29(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v68(item):
            return False
    return True


def _v30(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'null':
        return False
    return True


def _v31(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p6.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v32(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c3:
        return False
    return True


def _v33(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c4(v) is None:
        return False
    if len(v) < 1:
        return False
    return True


def _v34(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c5(v) is None:
        return False
    return True


def _v35(v):
    if not (_v30(v) or _v71(v) or _v72(v)):
        return False
    return True


def _v36(v):
    if not (_v73(v) or _v30(v)):
        return False
    return True


def _v37(v):
    if not (_v74(v) or _v30(v)):
        return False
    return True


def _v38(v):
    if not (_v75(v) or _v76(v)):
        return False
    return True


def _v39(v):
    if not (_v77(v) or _v78(v) or _v79(v) or _v80(v)):
        return False
    return True


def _v40(v):
    if not (_v20(v) or _v30(v)):
        return False
    return True


def _v41(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p7.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v42(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p8.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v43(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p9.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v44(v):
    if not (_v82(v) or _v30(v)):
        return False
    return True


def _v45(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c0:
        return False
    if k == 'string':
        if _c6(v) is None:
            return False
    return True


def _v46(v):
    if _always(v):
        return False
    return True


def _v47(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c7) if type(v) is str else not _in(v, _c8):
        return False
    return True


def _v48(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        pass
    return True


def _v49(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v83(key):
            return False
        if not _v1(item):
            return False
    return True


def _v50(v):
    if not _in(v, _c9):
        return False
    return True


def _v51(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'server_port' not in v or 'predict_endpoint' not in v or 'readiness_endpoint' not in v or 'liveness_endpoint' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p10.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if not (_v85(v) or _v86(v)):
        return False
    return True


def _v52(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'repo_id' not in v or 'use_volume' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p11.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if not _v92(v):
        return False
    if not _v93(v):
        return False
    return True


def _v53(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'mount_location' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p12.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v54(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v97(item):
            return False
    return True


def _v55(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v98(item):
            return False
    return True


def _v56(v):
    if not (_v99(v) or _v100(v)):
        return False
    return True


def _v57(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p13.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if _v102(v):
        return False
    return True


def _v58(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p14.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v59(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'boolean':
        return False
    return True


def _v60(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c10(v) is None:
        return False
    return True


def _v61(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v105(item):
            return False
    return True


def _v62(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'requirements' not in v or 'requirements_file' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p15.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v63(v):
    if not (_v107(v) or _v108(v)):
        return False
    return True


def _v64(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'hf_cache' not in v or 'model_cache' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            pass
    return True


def _v65(v):
    if not _v109(v):
        return False
    if not _v110(v):
        return False
    return True


def _v66(v):
    if not _v111(v):
        return False
    if not _v112(v):
        return False
    return True


def _v67(v):
    if not _v113(v):
        return False
    if not _v114(v):
        return False
    return True


def _v68(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'url' not in v or 'local_data_path' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p16.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v69(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c11(v) is None:
        return False
    return True


def _v70(v):
    if not (_v115(v) or _v30(v)):
        return False
    return True


def _v71(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c12(v) is None:
        return False
    return True


def _v72(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p17.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v73(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    return True


def _v74(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p18.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v75(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    return True


def _v76(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c13(v) is None:
        return False
    return True


def _v77(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        return False
    return True


def _v78(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'kind' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p19.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v79(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'kind' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p20.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v80(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'kind' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p21.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v81(v):
    if not (_v38(v) or _v30(v)):
        return False
    return True


def _v82(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p22.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v83(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if len(v) > 253:
        return False
    if not _v124(v):
        return False
    return True


def _v84(v):
    if not (_v38(v) or _v30(v)):
        return False
    if _v125(v):
        return False
    return True


def _v85(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'start_command' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p23.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v86(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'no_build' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p24.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v87(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if len(v) < 1:
        return False
    return True


def _v88(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if not (_v127(v) or _v128(v)):
        return False
    return True


def _v89(v):
    if not (_v5(v) or _v30(v)):
        return False
    return True


def _v90(v):
    if not (_v87(v) or _v30(v)):
        return False
    return True


def _v91(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c14) if type(v) is str else not _in(v, _c15):
        return False
    return True


def _v92(v):
    if not (_v129(v) or _v130(v) or _v131(v)):
        return False
    return True


def _v93(v):
    if not (_v129(v) or _v132(v)):
        return False
    return True


def _v94(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c16(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v133(v):
        return False
    return True


def _v95(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c17(v) is None:
        return False
    if len(v) < 1:
        return False
    return True


def _v96(v):
    if not (_v134(v) or _v30(v)):
        return False
    return True


def _v97(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'path' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p25.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v98(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'namespace' not in v or 'grants' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p26.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v99(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'build' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p27.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if _v143(v):
        return False
    return True


def _v100(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'inference_stack' not in v or 'build' not in v or 'runtime' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p28.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v101(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v147(item):
            return False
    return True


def _v102(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'artifact_references' not in v or 'loops_checkpoint_ids' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p29.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v103(v):
    if not (_v48(v) or _v30(v)):
        return False
    return True


def _v104(v):
    if not (_v148(v) or _v30(v)):
        return False
    return True


def _v105(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'repo_id' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p30.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v106(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    if len(v) < 1:
        return False
    return True


def _v107(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'model_cache' not in v or 'weights' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p31.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v108(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'hf_cache' not in v or 'weights' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p32.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v109(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'trt_llm' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p33.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v110(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'resources' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p34.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v111(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'trt_llm' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p35.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v112(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'resources' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p36.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v113(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'trt_llm' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p37.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v114(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'resources' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p38.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v115(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'auth_method' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p39.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v116(v):
    if not (_v156(v) or _v30(v)):
        return False
    return True


def _v117(v):
    if not (_v73(v) or _v157(v)):
        return False
    return True


def _v118(v):
    if not _in(v, _c18):
        return False
    return True


def _v119(v):
    if not _in(v, _c19):
        return False
    return True


def _v120(v):
    if not (_v158(v) or _v30(v)):
        return False
    return True


def _v121(v):
    if not _in(v, _c20):
        return False
    return True


def _v122(v):
    if not (_v159(v) or _v30(v)):
        return False
    return True


def _v123(v):
    if not (_v160(v) or _v30(v)):
        return False
    return True


def _v124(v):
    if not (_v161(v) or _v162(v)):
        return False
    return True


def _v125(v):
    if (v not in _c21) if type(v) is str else not _in(v, _c22):
        return False
    return True


def _v126(v):
    if not (_v163(v) or _v164(v)):
        return False
    return True


def _v127(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) > 0:
            return False
    return True


def _v128(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) < 2:
            return False
    return True


def _v129(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p40.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v130(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'kind' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p41.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v131(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'revision' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p42.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v132(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'volume_folder' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p43.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v133(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c23(v) is None:
            return False
    return True


def _v134(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'auth_method' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p44.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v135(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c24(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v169(v):
        return False
    return True


def _v136(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c17(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v170(v):
        return False
    return True


def _v137(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c25(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v169(v):
        return False
    return True


def _v138(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    if len(v) < 1:
        return False
    if _first_repeat(v) is not None:
        return False
    for item in v:
        if not _v171(item):
            return False
    return True


def _v139(v):
    if not _v172(v):
        return False
    if not _v173(v):
        return False
    return True


def _v140(v):
    if not _in(v, _c26):
        return False
    return True


def _v141(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p45.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v142(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p46.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v143(v):
    if not _v178(v):
        return False
    if not _v179(v):
        return False
    if not _v180(v):
        return False
    return True


def _v144(v):
    if not _in(v, _c27):
        return False
    return True


def _v145(v):
    if not _v172(v):
        return False
    if not _v181(v):
        return False
    if not _v182(v):
        return False
    return True


def _v146(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p47.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v147(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'training_job_id' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p48.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v148(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'metrics' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p49.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v149(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'build' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p50.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v150(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'accelerator' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p51.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v151(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'build' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p52.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v152(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'accelerator' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p53.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v153(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'build' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p54.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v154(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'accelerator' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p55.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v155(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c28(v) is None:
        return False
    return True


def _v156(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c29) if type(v) is str else not _in(v, _c30):
        return False
    return True


def _v157(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c31(v) is None:
        return False
    return True


def _v158(v):
    if not (_v193(v) or _v194(v)):
        return False
    return True


def _v159(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v195(item):
            return False
    return True


def _v160(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v196(item):
            return False
    return True


def _v161(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c32(v) is None:
            return False
    if _v197(v):
        return False
    return True


def _v162(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c33(v) is None:
            return False
    return True


def _v163(v):
    if not _in(v, _c34):
        return False
    return True


def _v164(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c35(v) is None:
        return False
    return True


def _v165(v):
    if (v not in _c36) if type(v) is str else not _in(v, _c37):
        return False
    return True


def _v166(v):
    if (v not in _c38) if type(v) is str else not _in(v, _c39):
        return False
    return True


def _v167(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) < 1:
            return False
    return True


def _v168(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c40(v) is None:
        return False
    return True


def _v169(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c41(v) is None:
            return False
    return True


def _v170(v):
    if not (_v198(v) or _v199(v)):
        return False
    return True


def _v171(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c42) if type(v) is str else not _in(v, _c43):
        return False
    return True


def _v172(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p56.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v173(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'checkpoint_repository' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            pass
    return True


def _v174(v):
    if not (_v210(v) or _v30(v)):
        return False
    return True


def _v175(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c44) if type(v) is str else not _in(v, _c45):
        return False
    return True


def _v176(v):
    if not (_v211(v) or _v30(v)):
        return False
    return True


def _v177(v):
    if not (_v30(v) or _v212(v)):
        return False
    return True


def _v178(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p57.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v179(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p58.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v180(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'build' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p59.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v181(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p60.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v182(v):
    if not (_v224(v) or _v225(v)):
        return False
    return True


def _v183(v):
    if not (_v226(v) or _v30(v)):
        return False
    return True


def _v184(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 2048:
        return False
    return True


def _v185(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v > 131072:
        return False
    if v <= 64:
        return False
    return True


def _v186(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v227(item):
            return False
    return True


def _v187(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p61.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v188(v):
    if not (_v229(v) or _v230(v)):
        return False
    return True


def _v189(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'quantization_type' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p62.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v190(v):
    if not (_v232(v) or _v233(v)):
        return False
    return True


def _v191(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'quantization_type' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p63.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v192(v):
    if not (_v235(v) or _v236(v)):
        return False
    return True


def _v193(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c46:
        return False
    return True


def _v194(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c47(v) is None:
        return False
    return True


def _v195(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c48(v) is None:
        return False
    return True


def _v196(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c49(v) is None:
        return False
    return True


def _v197(v):
    if (v not in _c50) if type(v) is str else not _in(v, _c51):
        return False
    return True


def _v198(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c52(v) is None:
            return False
    return True


def _v199(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c53(v) is None:
            return False
    return True


def _v200(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c54) if type(v) is str else not _in(v, _c55):
        return False
    return True


def _v201(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v > 1048576:
        return False
    if v <= 64:
        return False
    return True


def _v202(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 1:
        return False
    return True


def _v203(v):
    if not (_v237(v) or _v30(v)):
        return False
    return True


def _v204(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c56) if type(v) is str else not _in(v, _c57):
        return False
    return True


def _v205(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p64.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v206(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p65.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if _v239(v):
        return False
    return True


def _v207(v):
    if not (_v240(v) or _v30(v)):
        return False
    return True


def _v208(v):
    if not (_v241(v) or _v30(v)):
        return False
    return True


def _v209(v):
    if not (_v242(v) or _v30(v)):
        return False
    return True


def _v210(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c46:
        return False
    if v > 1:
        return False
    if v <= 0:
        return False
    return True


def _v211(v):
    if (v not in _c58) if type(v) is str else not _in(v, _c59):
        return False
    return True


def _v212(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c60(v) is None:
        return False
    return True


def _v213(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p66.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v214(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p67.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v215(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'plugin_configuration' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p68.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v216(v):
    if not _in(v, _c61):
        return False
    return True


def _v217(v):
    if not _in(v, _c62):
        return False
    return True


def _v218(v):
    if not _in(v, _c63):
        return False
    return True


def _v219(v):
    if not _in(v, _c64):
        return False
    return True


def _v220(v):
    if not _in(v, _c65):
        return False
    return True


def _v221(v):
    if not _in(v, _c66):
        return False
    return True


def _v222(v):
    if not _in(v, _c67):
        return False
    return True


def _v223(v):
    if not _in(v, _c68):
        return False
    return True


def _v224(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'checkpoint_repository' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p69.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v225(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'skip_build_result' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p70.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v226(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 1048576:
        return False
    return True


def _v227(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'name' not in v or 'target' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p71.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v228(v):
    if _v246(v):
        return False
    return True


def _v229(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c69(v) is None:
        return False
    return True


def _v230(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'accelerator' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p72.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v231(v):
    if (v not in _c70) if type(v) is str else not _in(v, _c71):
        return False
    return True


def _v232(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c72(v) is None:
        return False
    return True


def _v233(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'accelerator' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p73.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v234(v):
    if (v not in _c73) if type(v) is str else not _in(v, _c74):
        return False
    return True


def _v235(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c75(v) is None:
        return False
    return True


def _v236(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'accelerator' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p74.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v237(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'repo' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p75.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if not (_v251(v) or _v252(v)):
        return False
    return True


def _v238(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 64:
        return False
    if v > 16384:
        return False
    return True


def _v239(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'paged_kv_cache' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p76.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v240(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'speculative_decoding_mode' not in v or 'lookahead_windows_size' not in v or 'lookahead_ngram_size' not in v or 'lookahead_verification_set_size' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p77.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v241(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v255(key):
            return False
        if not _v237(item):
            return False
    return True


def _v242(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p78.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v243(v):
    if _v256(v):
        return False
    return True


def _v244(v):
    if not (_v257(v) or _v258(v)):
        return False
    return True


def _v245(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    return True


def _v246(v):
    if not _in(v, _c76):
        return False
    return True


def _v247(v):
    if (v not in _c77) if type(v) is str else not _in(v, _c78):
        return False
    return True


def _v248(v):
    if (v not in _c79) if type(v) is str else not _in(v, _c80):
        return False
    return True


def _v249(v):
    if (v not in _c81) if type(v) is str else not _in(v, _c82):
        return False
    return True


def _v250(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c83) if type(v) is str else not _in(v, _c84):
        return False
    return True


def _v251(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p79.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v252(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p80.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v253(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c85) if type(v) is str else not _in(v, _c86):
        return False
    if not _in(v, _c87):
        return False
    return True


def _v254(v):
    if not (_v172(v) or _v30(v)):
        return False
    return True


def _v255(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c88(v) is None:
        return False
    return True


def _v256(v):
    if (v not in _c89) if type(v) is str else not _in(v, _c90):
        return False
    return True


def _v257(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'paged_kv_cache' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p81.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v258(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'use_paged_context_fmha' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p82.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v259(v):
    if _v261(v):
        return False
    return True


def _v260(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c91(v) is None:
            return False
    if _v262(v):
        return False
    return True


def _v261(v):
    if not _in(v, _c92):
        return False
    return True


def _v262(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c93(v) is None:
            return False
    return True


_p0 = {'model_name': _v2, 'model_metadata': _v3, 'description': _v2, 'examples_filename': _v1, 'data_dir': _v1, 'external_data': _v4, 'external_package_dirs': _v5, 'python_version': _v6, 'base_image': _v7, 'requirements_file': _v2, 'requirements': _v5, 'system_packages': _v5, 'environment_variables': _v8, 'secrets': _v9, 'resources': _v10, 'runtime': _v11, 'build': _v12, 'build_commands': _v5, 'docker_server': _v13, 'model_cache': _v14, 'weights': _v15, 'bdn': _v16, 'trt_llm': _v17, 'training_checkpoints': _v18, 'bis_llm': _v19, 'input_type': _v1, 'model_framework': _v1, 'model_type': _v1, 'model_module_dir': _v1, 'model_class_filename': _v1, 'model_class_name': _v1, 'bundled_packages_dir': _v1, 'use_local_src': _v20, 'cache_internal': _v21, 'live_reload': _v20, 'apply_library_patches': _v20, 'spec_version': _v1, 'hf_cache': _v22}
_p1 = {'example_model_input': _always}
_p2 = {'cpu': _v33, 'memory': _v34, 'accelerator': _v35, 'use_gpu': _always, 'instance_type': _v2, 'node_count': _v36, 'fabric': _v37}
_p3 = {'predict_concurrency': _v38, 'streaming_read_timeout': _v38, 'enable_tracing_data': _v20, 'enable_debug_logs': _v20, 'transport': _v39, 'is_websocket_endpoint': _v40, 'health_checks': _v41, 'oidc': _v42, 'remote_ssh': _v43, 'egress_restrictions': _v44, 'truss_server_version_override': _v45, 'num_workers': _v46}
_p4 = {'model_server': _v47, 'arguments': _v48, 'secret_to_path_mapping': _v49, 'no_cache': _v50}
_p5 = {'mounts': _v54, 'access': _v55, 'hotload': _v43}
_p6 = {'image': _v1, 'python_executable_path': _v69, 'docker_auth': _v70}
_p7 = {'restart_check_delay_seconds': _v81, 'restart_threshold_seconds': _v81, 'stop_traffic_threshold_seconds': _v81, 'startup_threshold_seconds': _v81}
_p8 = {'enabled': _v40}
_p9 = {'enabled': _v20}
_p10 = {'start_command': _v2, 'server_port': _v38, 'predict_endpoint': _v1, 'readiness_endpoint': _v1, 'liveness_endpoint': _v1, 'run_as_user_id': _v84, 'no_build': _v40}
_p11 = {'repo_id': _v87, 'revision': _v88, 'allow_patterns': _v89, 'ignore_patterns': _v89, 'volume_folder': _v90, 'use_volume': _v20, 'kind': _v91, 'runtime_secret_name': _v1}
_p12 = {'source': _v94, 'mount_location': _v95, 'auth': _v96, 'auth_secret_name': _v2, 'allow_patterns': _v89, 'ignore_patterns': _v89}
_p13 = {'download_folder': _v1, 'artifact_references': _v101, 'loops_checkpoint_ids': _v5}
_p14 = {'config': _v103, 'version': _v1, 'additional_autoscaling_config': _v104}
_p15 = {'requirements': _v106, 'requirements_file': _v87}
_p16 = {'url': _v87, 'local_data_path': _v87, 'backend': _v1, 'name': _v2}
_p17 = {'accelerator': _v116, 'count': _v117}
_p18 = {'use_rdma': _v40, 'preferences': _v89}
_p19 = {'kind': _v118}
_p20 = {'kind': _v119, 'ping_interval_seconds': _v120, 'ping_timeout_seconds': _v120}
_p21 = {'kind': _v121}
_p22 = {'ip_allow_list': _v122, 'fqdn_allow_list': _v123}
_p23 = {'start_command': _v1}
_p24 = {'no_build': _v126}
_p25 = {'source': _v135, 'path': _v136, 'include': _v5, 'exclude': _v5}
_p26 = {'namespace': _v137, 'grants': _v138}
_p27 = {'build': _v139, 'inference_stack': _v140, 'runtime': _v141, 'version_overrides': _v142}
_p28 = {'inference_stack': _v144, 'build': _v145, 'runtime': _v146, 'version_overrides': _v142}
_p29 = {'artifact_references': _v106, 'loops_checkpoint_ids': _v106}
_p30 = {'repo_id': _v87, 'revision': _v1, 'allow_patterns': _v89, 'ignore_patterns': _v89, 'volume_folder': _v90, 'use_volume': _v20, 'kind': _v91, 'runtime_secret_name': _v1}
_p31 = {'model_cache': _v106, 'weights': _v106}
_p32 = {'hf_cache': _v106, 'weights': _v106}
_p33 = {'trt_llm': _v149}
_p34 = {'resources': _v150}
_p35 = {'trt_llm': _v151}
_p36 = {'resources': _v152}
_p37 = {'trt_llm': _v153}
_p38 = {'resources': _v154}
_p39 = {'aws_oidc_role_arn': _v2, 'aws_oidc_region': _v2, 'gcp_oidc_service_account': _v2, 'gcp_oidc_workload_id_provider': _v2, 'aws_assume_role_arn': _v2, 'aws_assume_role_region': _v2, 'auth_method': _v155, 'registry': _v2, 'secret_name': _v2, 'aws_access_key_id_secret_name': _v1, 'aws_secret_access_key_secret_name': _v1}
_p40 = {'use_volume': _v165}
_p41 = {'kind': _v166}
_p42 = {'revision': _v167}
_p43 = {'volume_folder': _v87}
_p44 = {'aws_oidc_role_arn': _v2, 'aws_oidc_region': _v2, 'gcp_oidc_service_account': _v2, 'gcp_oidc_workload_id_provider': _v2, 'aws_assume_role_arn': _v2, 'aws_assume_role_region': _v2, 'auth_method': _v168, 'auth_secret_name': _v2}
_p45 = {'kv_cache_free_gpu_mem_fraction': _v158, 'kv_cache_host_memory_bytes': _v36, 'lora_cache_max_adapter_size': _v36, 'lora_cache_optimal_adapter_size': _v36, 'lora_cache_gpu_memory_fraction': _v174, 'lora_cache_host_memory_bytes': _v36, 'enable_chunked_context': _v20, 'batch_scheduler_policy': _v175, 'request_default_max_tokens': _v36, 'served_model_name': _v2, 'total_token_limit': _v38, 'webserver_default_route': _v176}
_p46 = {'engine_builder_version': _v177, 'briton_version': _v177, 'bei_version': _v177, 'bei_bert_version': _v177, 'v2_llm_version': _v2}
_p47 = {'max_seq_len': _v183, 'max_batch_size': _v184, 'max_num_tokens': _v185, 'tensor_parallel_size': _v73, 'enable_chunked_prefill': _v20, 'served_model_name': _v2, 'patch_kwargs': _v48, 'gated_features': _v48}
_p48 = {'training_job_id': _v1, 'paths': _v5}
_p49 = {'metrics': _v186}
_p50 = {'build': _v187}
_p51 = {'accelerator': _v188}
_p52 = {'build': _v189}
_p53 = {'accelerator': _v190}
_p54 = {'build': _v191}
_p55 = {'accelerator': _v192}
_p56 = {'base_model': _v200, 'max_seq_len': _v183, 'max_batch_size': _v184, 'max_num_tokens': _v201, 'max_beam_width': _v202, 'max_prompt_embedding_table_size': _v38, 'checkpoint_repository': _v203, 'gather_all_token_logits': _v20, 'strongly_typed': _v20, 'quantization_type': _v204, 'quantization_config': _v205, 'tensor_parallel_count': _v73, 'pipeline_parallel_count': _v38, 'moe_expert_parallel_option': _v38, 'sequence_parallel_count': _v38, 'plugin_configuration': _v206, 'num_builder_gpus': _v36, 'speculator': _v207, 'lora_adapters': _v208, 'lora_configuration': _v209, 'skip_build_result': _v20, 'lora_cache_max_adapter_size': _v46, 'lora_cache_optimal_adapter_size': _v46, 'lora_cache_gpu_memory_fraction': _v46, 'lora_cache_host_memory_bytes': _v46}
_p57 = {'runtime': _v213}
_p58 = {'build': _v214}
_p59 = {'build': _v215}
_p60 = {'base_model': _v216, 'max_seq_len': _v217, 'max_batch_size': _v218, 'max_num_tokens': _v219, 'max_beam_width': _v220, 'max_prompt_embedding_table_size': _v221, 'gather_all_token_logits': _v50, 'strongly_typed': _v50, 'tensor_parallel_count': _v220, 'pipeline_parallel_count': _v220, 'moe_expert_parallel_option': _v222, 'sequence_parallel_count': _v220, 'plugin_configuration': _v223, 'speculator': _v217, 'lora_adapters': _v217, 'lora_configuration': _v217}
_p61 = {'base_model': _v228}
_p62 = {'quantization_type': _v231}
_p63 = {'quantization_type': _v234}
_p64 = {'calib_size': _v238, 'calib_dataset': _v1, 'calib_max_seq_length': _v238}
_p65 = {'paged_kv_cache': _v20, 'use_paged_context_fmha': _v20, 'use_fp8_context_fmha': _v20}
_p66 = {'enable_chunked_context': _v163}
_p67 = {'base_model': _v243}
_p68 = {'plugin_configuration': _v244}
_p69 = {'checkpoint_repository': _v245}
_p70 = {'skip_build_result': _v163}
_p71 = {'name': _v1, 'target': _v158}
_p72 = {'accelerator': _v247}
_p73 = {'accelerator': _v248}
_p74 = {'accelerator': _v249}
_p75 = {'source': _v250, 'repo': _v1, 'revision': _v2, 'runtime_secret_name': _v1}
_p76 = {'paged_kv_cache': _v50, 'use_paged_context_fmha': _v163}
_p77 = {'speculative_decoding_mode': _v253, 'num_draft_tokens': _v36, 'checkpoint_repository': _v203, 'runtime': _v141, 'build': _v254, 'lookahead_windows_size': _v73, 'lookahead_ngram_size': _v73, 'lookahead_verification_set_size': _v73, 'enable_b10_lookahead': _v40}
_p78 = {'max_lora_rank': _v38, 'lora_target_modules': _v5}
_p79 = {'source': _v259}
_p80 = {'repo': _v260}
_p81 = {'paged_kv_cache': _v50}
_p82 = {'use_paged_context_fmha': _v50}

is_valid = _v0
