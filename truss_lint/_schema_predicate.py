"""Generated from schemas/truss-config.schema.json by scripts/compile_data.py: do not edit.

`is_valid(config)` is the schema's yes/no test (`_compiled_schema.Validator`'s predicate), one
function per subschema with each keyword test inlined. See scripts/schema_predicate.py.
"""
# flake8: noqa
import re

from ._compiled_schema import _EXACT_TYPES, _first_repeat
from .schema import _in, type_name

SCHEMA_LENGTH = 105296
SCHEMA_CRC32 = 1455532958

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
    _c4 = re.compile('^\\s*v?[0-9]+(\\.[0-9]+)*([._-]?(a|b|rc|alpha|beta|c|pre|preview|post|rev|r|dev)[._-]?[0-9]*)*(\\+[A-Za-z0-9.]+)?\\s*$').search
    return _c4(text)

_c5 = frozenset(['TRT_LLM', 'TrussServer'])
_c6 = ['TrussServer', 'TRT_LLM']
_c7 = [False]
def _c8(text):
    global _c8
    _c8 = re.compile('^([tT][rR][uU][eE]|[fF][aA][lL][sS][eE]|[yY][eE][sS]|[nN][oO]|[oO][nN]|[oO][fF][fF]|[tTfFyYnN]|0|1)$').search
    return _c8(text)

def _c9(text):
    global _c9
    _c9 = re.compile('^(/[\\s\\S]*)?$').search
    return _c9(text)

def _c10(text):
    global _c10
    _c10 = re.compile('^(\\s*\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*|([0-9]+(\\.[0-9]*)?|\\.[0-9]+)m)$').search
    return _c10(text)

def _c11(text):
    global _c11
    _c11 = re.compile('^(\\s*\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*|([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))$').search
    return _c11(text)

_c12 = frozenset(['azure', 'gcs', 'hf', 's3'])
_c13 = ['hf', 'gcs', 's3', 'azure']
def _c14(text):
    global _c14
    _c14 = re.compile('^(hf|s3|gs|azure|r2|cw|https)://[^/][\\s\\S]*$').search
    return _c14(text)

def _c15(text):
    global _c15
    _c15 = re.compile('^/[\\s\\S]*$').search
    return _c15(text)

def _c16(text):
    global _c16
    _c16 = re.compile('^\\s*[+-]?[0-9]+\\s*$').search
    return _c16(text)

def _c17(text):
    global _c17
    _c17 = re.compile('^[-._a-zA-Z0-9]+$').search
    return _c17(text)

def _c18(text):
    global _c18
    _c18 = re.compile('^DOCKER_REGISTRY_[\\s\\S]*$').search
    return _c18(text)

_c19 = frozenset(['0', '60000'])
_c20 = [0, '0', 60000, '60000']
def _c21(text):
    global _c21
    _c21 = re.compile('^(s3|gs|azure|r2|cw)://[\\s\\S]*@[\\s\\S]*$').search
    return _c21(text)

def _c22(text):
    global _c22
    _c22 = re.compile('^\\s*(RTX_PRO_6000|A100_40GB|H100_40GB|GB300|A100|A10G|B200|B300|H100|H200|L40S|V100|B10|L4|T4)(:0*[1-9][0-9]*)?\\s*$').search
    return _c22(text)

_c23 = ['http']
_c24 = ['websocket']
_c25 = ['grpc']
_c26 = frozenset(['.', '..'])
_c27 = ['.', '..']
_c28 = [True]
def _c29(text):
    global _c29
    _c29 = re.compile('^([tT][rR][uU][eE]|[yY][eE][sS]|[oO][nN]|[tTyY]|1)$').search
    return _c29(text)

_c30 = frozenset(['azure', 'gcs', 's3'])
_c31 = ['gcs', 's3', 'azure']
def _c32(text):
    global _c32
    _c32 = re.compile('^bdn:[^/:@]+/[^/:@]+(:[^/:@]+|@(b3:)?[0-9a-fA-F]{12,64})?$').search
    return _c32(text)

def _c33(text):
    global _c33
    _c33 = re.compile('^[^/]{1,256}$').search
    return _c33(text)

_c34 = ['v1']
_c35 = ['v2']
def _c36(text):
    global _c36
    _c36 = re.compile('^\\s*(V100|T4)(\\s*|:[\\s\\S]*)$').search
    return _c36(text)

_c37 = frozenset(['fp4', 'fp4_kv', 'fp4_mlp_only', 'fp8', 'fp8_kv', 'fp8_mlp_only'])
_c38 = ['fp8', 'fp8_kv', 'fp8_mlp_only', 'fp4', 'fp4_kv', 'fp4_mlp_only']
def _c39(text):
    global _c39
    _c39 = re.compile('^\\s*(A100_40GB|A100|A10G)(\\s*|:[\\s\\S]*)$').search
    return _c39(text)

_c40 = frozenset(['fp4', 'fp4_kv', 'fp4_mlp_only'])
_c41 = ['fp4', 'fp4_kv', 'fp4_mlp_only']
def _c42(text):
    global _c42
    _c42 = re.compile('^\\s*(A100_40GB|H100_40GB|H100|H200|L40S|L4)(\\s*|:[\\s\\S]*)$').search
    return _c42(text)

def _c43(text):
    global _c43
    _c43 = re.compile('^([gG][cC][pP]_[sS][eE][rR][vV][iI][cC][eE]_[aA][cC][cC][oO][uU][nN][tT]_[jJ][sS][oO][nN]|[aA][wW][sS]_[iI][aA][mM]|[aA][wW][sS]_[oO][iI][dD][cC]|[gG][cC][pP]_[oO][iI][dD][cC]|[rR][eE][gG][iI][sS][tT][rR][yY]_[sS][eE][cC][rR][eE][tT]|[aA][wW][sS]_[aA][sS][sS][uU][mM][eE]_[rR][oO][lL][eE])$').search
    return _c43(text)

def _c44(text):
    global _c44
    _c44 = re.compile('^([cC][uU][sS][tT][oO][mM]_[sS][eE][cC][rR][eE][tT]|[aA][wW][sS]_[oO][iI][dD][cC]|[gG][cC][pP]_[oO][iI][dD][cC]|[aA][wW][sS]_[aA][sS][sS][uU][mM][eE]_[rR][oO][lL][eE])$').search
    return _c44(text)

def _c45(text):
    global _c45
    _c45 = re.compile('^[\\s\\S]*\\.\\.[\\s\\S]*$').search
    return _c45(text)

_c46 = frozenset(['delete', 'inspect', 'pull', 'push', 'tag'])
_c47 = ['pull', 'push', 'tag', 'inspect', 'delete']
_c48 = ['encoder_bert']
_c49 = frozenset(['T4', 'V100'])
_c50 = ['T4', 'V100']
_c51 = frozenset(['A100', 'A100_40GB', 'A10G'])
_c52 = ['A100', 'A100_40GB', 'A10G']
_c53 = frozenset(['A100_40GB', 'H100', 'H100_40GB', 'H200', 'L4', 'L40S'])
_c54 = ['A100_40GB', 'H100', 'H100_40GB', 'H200', 'L4', 'L40S']
def _c55(text):
    global _c55
    _c55 = re.compile('^\\s*\\+?0*[1-9][0-9]*\\s*$').search
    return _c55(text)

def _c56(text):
    global _c56
    _c56 = re.compile('^([0-9]{1,3}\\.){3}[0-9]{1,3}(/[0-9]{1,2})?$').search
    return _c56(text)

def _c57(text):
    global _c57
    _c57 = re.compile('^[a-zA-Z0-9*]([a-zA-Z0-9*-]{0,61}[a-zA-Z0-9*])?(\\.[a-zA-Z0-9*]([a-zA-Z0-9*-]{0,61}[a-zA-Z0-9*])?)*$').search
    return _c57(text)

def _c58(text):
    global _c58
    _c58 = re.compile('^/+$').search
    return _c58(text)

def _c59(text):
    global _c59
    _c59 = re.compile('^([\\s\\S]*/)?\\.\\.(/[\\s\\S]*)?$').search
    return _c59(text)

_c60 = frozenset(['guaranteed_no_evict', 'max_utilization'])
_c61 = ['max_utilization', 'guaranteed_no_evict']
_c62 = ['decoder']
_c63 = [None]
_c64 = [256]
_c65 = [8192]
_c66 = [1]
_c67 = [0]
_c68 = [-1]
_c69 = [{'paged_kv_cache': True, 'use_paged_context_fmha': True, 'use_fp8_context_fmha': False}]
_c70 = frozenset(['A100', 'A100_40GB', 'A10G', 'B10', 'B200', 'B300', 'GB300', 'H100', 'H100_40GB', 'H200', 'L4', 'L40S', 'RTX_PRO_6000', 'T4', 'V100'])
_c71 = ['B10', 'T4', 'L4', 'A10G', 'V100', 'A100', 'A100_40GB', 'H100', 'H200', 'H100_40GB', 'B200', 'L40S', 'RTX_PRO_6000', 'B300', 'GB300']
_c72 = frozenset(['integer', 'number'])
def _c73(text):
    global _c73
    _c73 = re.compile('^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$').search
    return _c73(text)

_c74 = frozenset(['decoder', 'encoder', 'encoder_bert'])
_c75 = ['encoder', 'encoder_bert', 'decoder']
_c76 = frozenset(['fp4', 'fp4_kv', 'fp4_mlp_only', 'fp8', 'fp8_kv', 'fp8_mlp_only', 'no_quant', 'smooth_quant', 'weights_int4', 'weights_int4_kv_int8', 'weights_int8', 'weights_kv_int8'])
_c77 = ['no_quant', 'weights_int8', 'weights_kv_int8', 'weights_int4', 'weights_int4_kv_int8', 'smooth_quant', 'fp8', 'fp8_kv', 'fp8_mlp_only', 'fp4', 'fp4_kv', 'fp4_mlp_only']
_c78 = frozenset(['/predict', '/predict_tokens', '/rerank', '/v1/embeddings', '/v1/systemone'])
_c79 = ['/v1/embeddings', '/v1/systemone', '/rerank', '/predict', '/predict_tokens']
def _c80(text):
    global _c80
    _c80 = re.compile('^[0-9][\\s\\S]*$').search
    return _c80(text)

_c81 = frozenset(['encoder', 'encoder_bert'])
_c82 = ['encoder', 'encoder_bert']
def _c83(text):
    global _c83
    _c83 = re.compile('^[a-zA-Z0-9_\\-\\.:]+$').search
    return _c83(text)

_c84 = frozenset(['AZURE', 'BASETEN_TRAINING', 'GCS', 'HF', 'LOCAL', 'REMOTE_URL', 'S3'])
_c85 = ['HF', 'GCS', 'S3', 'AZURE', 'LOCAL', 'REMOTE_URL', 'BASETEN_TRAINING']
_c86 = frozenset(['DRAFT_TOKENS_EXTERNAL', 'LOOKAHEAD_DECODING'])
_c87 = ['DRAFT_TOKENS_EXTERNAL', 'LOOKAHEAD_DECODING']
_c88 = ['LOOKAHEAD_DECODING']
def _c89(text):
    global _c89
    _c89 = re.compile('^([A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?/)?[A-Za-z0-9_]([A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?$').search
    return _c89(text)

_c90 = ['HF']
def _c91(text):
    global _c91
    _c91 = re.compile('^[\\s\\S]*(--|\\.\\.)[\\s\\S]*$').search
    return _c91(text)


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
    if not _v31(v):
        return False
    return True


def _v7(v):
    if not (_v32(v) or _v30(v)):
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
        if not _v33(item):
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
    if not _v34(v):
        return False
    return True


def _v11(v):
    if not _v35(v):
        return False
    return True


def _v12(v):
    if not _v36(v):
        return False
    return True


def _v13(v):
    if not (_v37(v) or _v30(v)):
        return False
    return True


def _v14(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v38(item):
            return False
    return True


def _v15(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v39(item):
            return False
    return True


def _v16(v):
    if not _v40(v):
        return False
    return True


def _v17(v):
    if not (_v30(v) or _v41(v)):
        return False
    return True


def _v18(v):
    if not (_v42(v) or _v30(v)):
        return False
    return True


def _v19(v):
    if not (_v43(v) or _v30(v)):
        return False
    return True


def _v20(v):
    if not _v44(v):
        return False
    return True


def _v21(v):
    if not (_v45(v) or _v30(v)):
        return False
    return True


def _v22(v):
    if not (_v14(v) or _v30(v)):
        return False
    return True


def _v23(v):
    if _v46(v):
        return False
    return True


def _v24(v):
    if _v47(v):
        return False
    return True


def _v25(v):
    if _v48(v):
        return False
    return True


def _v26(v):
    if _v49(v):
        return False
    return True


def _v27(v):
    if _v50(v):
        return False
    return True


def _v28(v):
    if _v51(v):
        return False
    return True


def _v29(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v52(item):
            return False
    return True


def _v30(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'null':
        return False
    return True


def _v31(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c1) if type(v) is str else not _in(v, _c2):
        return False
    return True


def _v32(v):
    if not _v53(v):
        return False
    return True


def _v33(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c3:
        return False
    return True


def _v34(v):
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


def _v35(v):
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


def _v36(v):
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


def _v37(v):
    if not _v73(v):
        return False
    return True


def _v38(v):
    if not _v74(v):
        return False
    return True


def _v39(v):
    if not _v75(v):
        return False
    return True


def _v40(v):
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


def _v41(v):
    if not _v79(v):
        return False
    return True


def _v42(v):
    if not _v80(v):
        return False
    return True


def _v43(v):
    if not _v81(v):
        return False
    return True


def _v44(v):
    if not (_v82(v) or _v83(v)):
        return False
    return True


def _v45(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v84(item):
            return False
    return True


def _v46(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'requirements' not in v or 'requirements_file' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p6.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v47(v):
    if not (_v87(v) or _v88(v)):
        return False
    return True


def _v48(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'hf_cache' not in v or 'model_cache' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            pass
    return True


def _v49(v):
    if not _v89(v):
        return False
    if not _v90(v):
        return False
    return True


def _v50(v):
    if not _v91(v):
        return False
    if not _v92(v):
        return False
    return True


def _v51(v):
    if not _v93(v):
        return False
    if not _v94(v):
        return False
    return True


def _v52(v):
    if not _v95(v):
        return False
    return True


def _v53(v):
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


def _v54(v):
    if not _v98(v):
        return False
    return True


def _v55(v):
    if not _v99(v):
        return False
    return True


def _v56(v):
    if not _v100(v):
        return False
    return True


def _v57(v):
    if not _v2(v):
        return False
    return True


def _v58(v):
    if not _v101(v):
        return False
    return True


def _v59(v):
    if not (_v102(v) or _v30(v)):
        return False
    return True


def _v60(v):
    if not _v103(v):
        return False
    return True


def _v61(v):
    if not (_v104(v) or _v105(v) or _v106(v) or _v107(v)):
        return False
    return True


def _v62(v):
    if not (_v20(v) or _v30(v)):
        return False
    return True


def _v63(v):
    if not _v108(v):
        return False
    return True


def _v64(v):
    if not _v109(v):
        return False
    return True


def _v65(v):
    if not _v110(v):
        return False
    return True


def _v66(v):
    if not (_v111(v) or _v30(v)):
        return False
    return True


def _v67(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c0:
        return False
    if k == 'string':
        if _c4(v) is None:
            return False
    return True


def _v68(v):
    if _always(v):
        return False
    return True


def _v69(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c5) if type(v) is str else not _in(v, _c6):
        return False
    return True


def _v70(v):
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


def _v71(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v112(key):
            return False
        if not _v1(item):
            return False
    return True


def _v72(v):
    if not _in(v, _c7):
        return False
    return True


def _v73(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'server_port' not in v or 'predict_endpoint' not in v or 'readiness_endpoint' not in v or 'liveness_endpoint' not in v:
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
    if not (_v114(v) or _v115(v)):
        return False
    return True


def _v74(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'repo_id' not in v or 'use_volume' not in v:
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
    if not _v120(v):
        return False
    if not _v121(v):
        return False
    return True


def _v75(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'mount_location' not in v:
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
    return True


def _v76(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v125(item):
            return False
    return True


def _v77(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v126(item):
            return False
    return True


def _v78(v):
    if not _v110(v):
        return False
    return True


def _v79(v):
    if not (_v127(v) or _v128(v)):
        return False
    return True


def _v80(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
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
    if _v130(v):
        return False
    return True


def _v81(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
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


def _v82(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'boolean':
        return False
    return True


def _v83(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c8(v) is None:
        return False
    return True


def _v84(v):
    if not _v133(v):
        return False
    return True


def _v85(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    if len(v) < 1:
        return False
    return True


def _v86(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if len(v) < 1:
        return False
    return True


def _v87(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'model_cache' not in v or 'weights' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p13.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v88(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'hf_cache' not in v or 'weights' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p14.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v89(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'trt_llm' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p15.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v90(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'resources' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p16.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v91(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'trt_llm' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p17.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v92(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'resources' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p18.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v93(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'trt_llm' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p19.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v94(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'resources' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p20.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v95(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'url' not in v or 'local_data_path' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p21.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v96(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c9(v) is None:
        return False
    return True


def _v97(v):
    if not (_v140(v) or _v30(v)):
        return False
    return True


def _v98(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c10(v) is None:
        return False
    if len(v) < 1:
        return False
    return True


def _v99(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c11(v) is None:
        return False
    return True


def _v100(v):
    if not (_v30(v) or _v141(v) or _v142(v)):
        return False
    return True


def _v101(v):
    if not (_v143(v) or _v30(v)):
        return False
    return True


def _v102(v):
    if not _v144(v):
        return False
    return True


def _v103(v):
    if not (_v145(v) or _v146(v)):
        return False
    return True


def _v104(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        return False
    return True


def _v105(v):
    if not _v147(v):
        return False
    return True


def _v106(v):
    if not _v148(v):
        return False
    return True


def _v107(v):
    if not _v149(v):
        return False
    return True


def _v108(v):
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


def _v109(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p23.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v110(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p24.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v111(v):
    if not _v151(v):
        return False
    return True


def _v112(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if len(v) > 253:
        return False
    if not (_v152(v) or _v153(v)):
        return False
    return True


def _v113(v):
    if not (_v60(v) or _v30(v)):
        return False
    if _v154(v):
        return False
    return True


def _v114(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'start_command' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p25.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v115(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'no_build' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p26.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v116(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if not (_v156(v) or _v157(v)):
        return False
    return True


def _v117(v):
    if not (_v5(v) or _v30(v)):
        return False
    return True


def _v118(v):
    if not (_v86(v) or _v30(v)):
        return False
    return True


def _v119(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c12) if type(v) is str else not _in(v, _c13):
        return False
    return True


def _v120(v):
    if not (_v158(v) or _v159(v)):
        return False
    return True


def _v121(v):
    if not (_v158(v) or _v160(v) or _v161(v)):
        return False
    return True


def _v122(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c14(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v162(v):
        return False
    return True


def _v123(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c15(v) is None:
        return False
    if len(v) < 1:
        return False
    return True


def _v124(v):
    if not (_v163(v) or _v30(v)):
        return False
    return True


def _v125(v):
    if not _v164(v):
        return False
    return True


def _v126(v):
    if not _v165(v):
        return False
    return True


def _v127(v):
    if not _v166(v):
        return False
    return True


def _v128(v):
    if not _v167(v):
        return False
    return True


def _v129(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v168(item):
            return False
    return True


def _v130(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'artifact_references' not in v or 'loops_checkpoint_ids' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p27.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v131(v):
    if not (_v70(v) or _v30(v)):
        return False
    return True


def _v132(v):
    if not (_v169(v) or _v30(v)):
        return False
    return True


def _v133(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'repo_id' not in v:
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


def _v134(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'build' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p29.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v135(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'accelerator' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p30.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v136(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'build' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p31.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v137(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'accelerator' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p32.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v138(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'build' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p33.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v139(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'accelerator' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p34.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v140(v):
    if not _v176(v):
        return False
    return True


def _v141(v):
    if not _v177(v):
        return False
    return True


def _v142(v):
    if not _v178(v):
        return False
    return True


def _v143(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    return True


def _v144(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p35.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v145(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    return True


def _v146(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c16(v) is None:
        return False
    return True


def _v147(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'kind' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p36.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v148(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'kind' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p37.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v149(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'kind' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p38.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v150(v):
    if not (_v60(v) or _v30(v)):
        return False
    return True


def _v151(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
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


def _v152(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c17(v) is None:
            return False
    if _v185(v):
        return False
    return True


def _v153(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c18(v) is None:
            return False
    return True


def _v154(v):
    if (v not in _c19) if type(v) is str else not _in(v, _c20):
        return False
    return True


def _v155(v):
    if not (_v186(v) or _v187(v)):
        return False
    return True


def _v156(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) > 0:
            return False
    return True


def _v157(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) < 2:
            return False
    return True


def _v158(v):
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


def _v159(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'volume_folder' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p41.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v160(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'kind' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p42.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v161(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'revision' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p43.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v162(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c21(v) is None:
            return False
    return True


def _v163(v):
    if not _v190(v):
        return False
    return True


def _v164(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'path' not in v:
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


def _v165(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'namespace' not in v or 'grants' not in v:
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


def _v166(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'build' not in v:
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
    if _v199(v):
        return False
    return True


def _v167(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'inference_stack' not in v or 'build' not in v or 'runtime' not in v:
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


def _v168(v):
    if not _v203(v):
        return False
    return True


def _v169(v):
    if not _v204(v):
        return False
    return True


def _v170(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p48.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v171(v):
    if not (_v206(v) or _v207(v)):
        return False
    return True


def _v172(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'quantization_type' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p49.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v173(v):
    if not (_v209(v) or _v210(v)):
        return False
    return True


def _v174(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'quantization_type' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p50.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v175(v):
    if not (_v212(v) or _v213(v)):
        return False
    return True


def _v176(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'auth_method' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p51.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v177(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c22(v) is None:
        return False
    return True


def _v178(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p52.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v179(v):
    if not _in(v, _c23):
        return False
    return True


def _v180(v):
    if not _in(v, _c24):
        return False
    return True


def _v181(v):
    if not (_v217(v) or _v30(v)):
        return False
    return True


def _v182(v):
    if not _in(v, _c25):
        return False
    return True


def _v183(v):
    if not (_v218(v) or _v30(v)):
        return False
    return True


def _v184(v):
    if not (_v219(v) or _v30(v)):
        return False
    return True


def _v185(v):
    if (v not in _c26) if type(v) is str else not _in(v, _c27):
        return False
    return True


def _v186(v):
    if not _in(v, _c28):
        return False
    return True


def _v187(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c29(v) is None:
        return False
    return True


def _v188(v):
    if (v not in _c30) if type(v) is str else not _in(v, _c31):
        return False
    return True


def _v189(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) < 1:
            return False
    return True


def _v190(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'auth_method' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p53.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v191(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c32(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v221(v):
        return False
    return True


def _v192(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c15(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v222(v):
        return False
    return True


def _v193(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c33(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v221(v):
        return False
    return True


def _v194(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    if len(v) < 1:
        return False
    if _first_repeat(v) is not None:
        return False
    for item in v:
        if not _v223(item):
            return False
    return True


def _v195(v):
    if not _v224(v):
        return False
    if not _v225(v):
        return False
    return True


def _v196(v):
    if not _in(v, _c34):
        return False
    return True


def _v197(v):
    if not _v226(v):
        return False
    return True


def _v198(v):
    if not _v227(v):
        return False
    return True


def _v199(v):
    if not _v228(v):
        return False
    if not _v229(v):
        return False
    if not _v230(v):
        return False
    return True


def _v200(v):
    if not _in(v, _c35):
        return False
    return True


def _v201(v):
    if not _v224(v):
        return False
    if not _v231(v):
        return False
    if not _v232(v):
        return False
    return True


def _v202(v):
    if not _v233(v):
        return False
    return True


def _v203(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'training_job_id' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p54.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v204(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'metrics' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p55.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v205(v):
    if _v235(v):
        return False
    return True


def _v206(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c36(v) is None:
        return False
    return True


def _v207(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'accelerator' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p56.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v208(v):
    if (v not in _c37) if type(v) is str else not _in(v, _c38):
        return False
    return True


def _v209(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c39(v) is None:
        return False
    return True


def _v210(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'accelerator' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p57.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v211(v):
    if (v not in _c40) if type(v) is str else not _in(v, _c41):
        return False
    return True


def _v212(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c42(v) is None:
        return False
    return True


def _v213(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'accelerator' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p58.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v214(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c43(v) is None:
        return False
    return True


def _v215(v):
    if not (_v239(v) or _v30(v)):
        return False
    return True


def _v216(v):
    if not (_v143(v) or _v240(v)):
        return False
    return True


def _v217(v):
    if not _v241(v):
        return False
    return True


def _v218(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v242(item):
            return False
    return True


def _v219(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v243(item):
            return False
    return True


def _v220(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c44(v) is None:
        return False
    return True


def _v221(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c45(v) is None:
            return False
    return True


def _v222(v):
    if not (_v244(v) or _v245(v)):
        return False
    return True


def _v223(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c46) if type(v) is str else not _in(v, _c47):
        return False
    return True


def _v224(v):
    if not _v246(v):
        return False
    return True


def _v225(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'checkpoint_repository' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            pass
    return True


def _v226(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p59.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v227(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p60.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v228(v):
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


def _v229(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p62.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v230(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'build' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p63.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v231(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p64.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v232(v):
    if not (_v262(v) or _v263(v)):
        return False
    return True


def _v233(v):
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
    return True


def _v234(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v267(item):
            return False
    return True


def _v235(v):
    if not _in(v, _c48):
        return False
    return True


def _v236(v):
    if (v not in _c49) if type(v) is str else not _in(v, _c50):
        return False
    return True


def _v237(v):
    if (v not in _c51) if type(v) is str else not _in(v, _c52):
        return False
    return True


def _v238(v):
    if (v not in _c53) if type(v) is str else not _in(v, _c54):
        return False
    return True


def _v239(v):
    if not _v268(v):
        return False
    return True


def _v240(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c55(v) is None:
        return False
    return True


def _v241(v):
    if not (_v269(v) or _v270(v)):
        return False
    return True


def _v242(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c56(v) is None:
        return False
    return True


def _v243(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c57(v) is None:
        return False
    return True


def _v244(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c58(v) is None:
            return False
    return True


def _v245(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c59(v) is None:
            return False
    return True


def _v246(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p66.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v247(v):
    if not (_v281(v) or _v30(v)):
        return False
    return True


def _v248(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c60) if type(v) is str else not _in(v, _c61):
        return False
    return True


def _v249(v):
    if not (_v282(v) or _v30(v)):
        return False
    return True


def _v250(v):
    if not (_v30(v) or _v283(v)):
        return False
    return True


def _v251(v):
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


def _v252(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p68.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v253(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'plugin_configuration' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p69.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v254(v):
    if not _in(v, _c62):
        return False
    return True


def _v255(v):
    if not _in(v, _c63):
        return False
    return True


def _v256(v):
    if not _in(v, _c64):
        return False
    return True


def _v257(v):
    if not _in(v, _c65):
        return False
    return True


def _v258(v):
    if not _in(v, _c66):
        return False
    return True


def _v259(v):
    if not _in(v, _c67):
        return False
    return True


def _v260(v):
    if not _in(v, _c68):
        return False
    return True


def _v261(v):
    if not _in(v, _c69):
        return False
    return True


def _v262(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'checkpoint_repository' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p70.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v263(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'skip_build_result' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p71.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v264(v):
    if not (_v287(v) or _v30(v)):
        return False
    return True


def _v265(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 2048:
        return False
    return True


def _v266(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v > 131072:
        return False
    if v <= 64:
        return False
    return True


def _v267(v):
    if not _v288(v):
        return False
    return True


def _v268(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c70) if type(v) is str else not _in(v, _c71):
        return False
    return True


def _v269(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c72:
        return False
    return True


def _v270(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c73(v) is None:
        return False
    return True


def _v271(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c74) if type(v) is str else not _in(v, _c75):
        return False
    return True


def _v272(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v > 1048576:
        return False
    if v <= 64:
        return False
    return True


def _v273(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 1:
        return False
    return True


def _v274(v):
    if not (_v289(v) or _v30(v)):
        return False
    return True


def _v275(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c76) if type(v) is str else not _in(v, _c77):
        return False
    return True


def _v276(v):
    if not _v290(v):
        return False
    return True


def _v277(v):
    if not _v291(v):
        return False
    return True


def _v278(v):
    if not (_v292(v) or _v30(v)):
        return False
    return True


def _v279(v):
    if not (_v293(v) or _v30(v)):
        return False
    return True


def _v280(v):
    if not (_v294(v) or _v30(v)):
        return False
    return True


def _v281(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c72:
        return False
    if v > 1:
        return False
    if v <= 0:
        return False
    return True


def _v282(v):
    if (v not in _c78) if type(v) is str else not _in(v, _c79):
        return False
    return True


def _v283(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c80(v) is None:
        return False
    return True


def _v284(v):
    if _v295(v):
        return False
    return True


def _v285(v):
    if not (_v296(v) or _v297(v)):
        return False
    return True


def _v286(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    return True


def _v287(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 1048576:
        return False
    return True


def _v288(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'name' not in v or 'target' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p72.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v289(v):
    if not _v298(v):
        return False
    return True


def _v290(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p73.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v291(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p74.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if _v300(v):
        return False
    return True


def _v292(v):
    if not _v301(v):
        return False
    return True


def _v293(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v302(key):
            return False
        if not _v289(item):
            return False
    return True


def _v294(v):
    if not _v303(v):
        return False
    return True


def _v295(v):
    if (v not in _c81) if type(v) is str else not _in(v, _c82):
        return False
    return True


def _v296(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'paged_kv_cache' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p75.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v297(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'use_paged_context_fmha' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p76.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v298(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'repo' not in v:
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
    if not (_v305(v) or _v306(v)):
        return False
    return True


def _v299(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 64:
        return False
    if v > 16384:
        return False
    return True


def _v300(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'paged_kv_cache' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p78.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v301(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'speculative_decoding_mode' not in v or 'lookahead_windows_size' not in v or 'lookahead_ngram_size' not in v or 'lookahead_verification_set_size' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p79.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v302(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c83(v) is None:
        return False
    return True


def _v303(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p80.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v304(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c84) if type(v) is str else not _in(v, _c85):
        return False
    return True


def _v305(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p81.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v306(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p82.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v307(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c86) if type(v) is str else not _in(v, _c87):
        return False
    if not _in(v, _c88):
        return False
    return True


def _v308(v):
    if not (_v224(v) or _v30(v)):
        return False
    return True


def _v309(v):
    if _v311(v):
        return False
    return True


def _v310(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c89(v) is None:
            return False
    if _v312(v):
        return False
    return True


def _v311(v):
    if not _in(v, _c90):
        return False
    return True


def _v312(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c91(v) is None:
            return False
    return True


_p0 = {'model_name': _v2, 'model_metadata': _v3, 'description': _v2, 'examples_filename': _v1, 'data_dir': _v1, 'external_data': _v4, 'external_package_dirs': _v5, 'python_version': _v6, 'base_image': _v7, 'requirements_file': _v2, 'requirements': _v5, 'system_packages': _v5, 'environment_variables': _v8, 'secrets': _v9, 'resources': _v10, 'runtime': _v11, 'build': _v12, 'build_commands': _v5, 'docker_server': _v13, 'model_cache': _v14, 'weights': _v15, 'bdn': _v16, 'trt_llm': _v17, 'training_checkpoints': _v18, 'bis_llm': _v19, 'input_type': _v1, 'model_framework': _v1, 'model_type': _v1, 'model_module_dir': _v1, 'model_class_filename': _v1, 'model_class_name': _v1, 'bundled_packages_dir': _v1, 'use_local_src': _v20, 'cache_internal': _v21, 'live_reload': _v20, 'apply_library_patches': _v20, 'spec_version': _v1, 'hf_cache': _v22}
_p1 = {'example_model_input': _always}
_p2 = {'cpu': _v54, 'memory': _v55, 'accelerator': _v56, 'use_gpu': _always, 'instance_type': _v57, 'node_count': _v58, 'fabric': _v59}
_p3 = {'predict_concurrency': _v60, 'streaming_read_timeout': _v60, 'enable_tracing_data': _v20, 'enable_debug_logs': _v20, 'transport': _v61, 'is_websocket_endpoint': _v62, 'health_checks': _v63, 'oidc': _v64, 'remote_ssh': _v65, 'egress_restrictions': _v66, 'truss_server_version_override': _v67, 'num_workers': _v68}
_p4 = {'model_server': _v69, 'arguments': _v70, 'secret_to_path_mapping': _v71, 'no_cache': _v72}
_p5 = {'mounts': _v76, 'access': _v77, 'hotload': _v78}
_p6 = {'requirements': _v85, 'requirements_file': _v86}
_p7 = {'image': _v1, 'python_executable_path': _v96, 'docker_auth': _v97}
_p8 = {'start_command': _v2, 'server_port': _v60, 'predict_endpoint': _v1, 'readiness_endpoint': _v1, 'liveness_endpoint': _v1, 'run_as_user_id': _v113, 'no_build': _v62}
_p9 = {'repo_id': _v86, 'revision': _v116, 'allow_patterns': _v117, 'ignore_patterns': _v117, 'volume_folder': _v118, 'use_volume': _v20, 'kind': _v119, 'runtime_secret_name': _v1}
_p10 = {'source': _v122, 'mount_location': _v123, 'auth': _v124, 'auth_secret_name': _v2, 'allow_patterns': _v117, 'ignore_patterns': _v117}
_p11 = {'download_folder': _v1, 'artifact_references': _v129, 'loops_checkpoint_ids': _v5}
_p12 = {'config': _v131, 'version': _v1, 'additional_autoscaling_config': _v132}
_p13 = {'model_cache': _v85, 'weights': _v85}
_p14 = {'hf_cache': _v85, 'weights': _v85}
_p15 = {'trt_llm': _v134}
_p16 = {'resources': _v135}
_p17 = {'trt_llm': _v136}
_p18 = {'resources': _v137}
_p19 = {'trt_llm': _v138}
_p20 = {'resources': _v139}
_p21 = {'url': _v86, 'local_data_path': _v86, 'backend': _v1, 'name': _v2}
_p22 = {'restart_check_delay_seconds': _v150, 'restart_threshold_seconds': _v150, 'stop_traffic_threshold_seconds': _v150, 'startup_threshold_seconds': _v150}
_p23 = {'enabled': _v62}
_p24 = {'enabled': _v20}
_p25 = {'start_command': _v1}
_p26 = {'no_build': _v155}
_p27 = {'artifact_references': _v85, 'loops_checkpoint_ids': _v85}
_p28 = {'repo_id': _v86, 'revision': _v1, 'allow_patterns': _v117, 'ignore_patterns': _v117, 'volume_folder': _v118, 'use_volume': _v20, 'kind': _v119, 'runtime_secret_name': _v1}
_p29 = {'build': _v170}
_p30 = {'accelerator': _v171}
_p31 = {'build': _v172}
_p32 = {'accelerator': _v173}
_p33 = {'build': _v174}
_p34 = {'accelerator': _v175}
_p35 = {'use_rdma': _v62, 'preferences': _v117}
_p36 = {'kind': _v179}
_p37 = {'kind': _v180, 'ping_interval_seconds': _v181, 'ping_timeout_seconds': _v181}
_p38 = {'kind': _v182}
_p39 = {'ip_allow_list': _v183, 'fqdn_allow_list': _v184}
_p40 = {'use_volume': _v72}
_p41 = {'volume_folder': _v86}
_p42 = {'kind': _v188}
_p43 = {'revision': _v189}
_p44 = {'source': _v191, 'path': _v192, 'include': _v5, 'exclude': _v5}
_p45 = {'namespace': _v193, 'grants': _v194}
_p46 = {'build': _v195, 'inference_stack': _v196, 'runtime': _v197, 'version_overrides': _v198}
_p47 = {'inference_stack': _v200, 'build': _v201, 'runtime': _v202, 'version_overrides': _v198}
_p48 = {'base_model': _v205}
_p49 = {'quantization_type': _v208}
_p50 = {'quantization_type': _v211}
_p51 = {'aws_oidc_role_arn': _v2, 'aws_oidc_region': _v2, 'gcp_oidc_service_account': _v2, 'gcp_oidc_workload_id_provider': _v2, 'aws_assume_role_arn': _v2, 'aws_assume_role_region': _v2, 'auth_method': _v214, 'registry': _v2, 'secret_name': _v2, 'aws_access_key_id_secret_name': _v1, 'aws_secret_access_key_secret_name': _v1}
_p52 = {'accelerator': _v215, 'count': _v216}
_p53 = {'aws_oidc_role_arn': _v2, 'aws_oidc_region': _v2, 'gcp_oidc_service_account': _v2, 'gcp_oidc_workload_id_provider': _v2, 'aws_assume_role_arn': _v2, 'aws_assume_role_region': _v2, 'auth_method': _v220, 'auth_secret_name': _v2}
_p54 = {'training_job_id': _v1, 'paths': _v5}
_p55 = {'metrics': _v234}
_p56 = {'accelerator': _v236}
_p57 = {'accelerator': _v237}
_p58 = {'accelerator': _v238}
_p59 = {'kv_cache_free_gpu_mem_fraction': _v217, 'kv_cache_host_memory_bytes': _v101, 'lora_cache_max_adapter_size': _v101, 'lora_cache_optimal_adapter_size': _v101, 'lora_cache_gpu_memory_fraction': _v247, 'lora_cache_host_memory_bytes': _v101, 'enable_chunked_context': _v20, 'batch_scheduler_policy': _v248, 'request_default_max_tokens': _v101, 'served_model_name': _v2, 'total_token_limit': _v60, 'webserver_default_route': _v249}
_p60 = {'engine_builder_version': _v250, 'briton_version': _v250, 'bei_version': _v250, 'bei_bert_version': _v250, 'v2_llm_version': _v2}
_p61 = {'runtime': _v251}
_p62 = {'build': _v252}
_p63 = {'build': _v253}
_p64 = {'base_model': _v254, 'max_seq_len': _v255, 'max_batch_size': _v256, 'max_num_tokens': _v257, 'max_beam_width': _v258, 'max_prompt_embedding_table_size': _v259, 'gather_all_token_logits': _v72, 'strongly_typed': _v72, 'tensor_parallel_count': _v258, 'pipeline_parallel_count': _v258, 'moe_expert_parallel_option': _v260, 'sequence_parallel_count': _v258, 'plugin_configuration': _v261, 'speculator': _v255, 'lora_adapters': _v255, 'lora_configuration': _v255}
_p65 = {'max_seq_len': _v264, 'max_batch_size': _v265, 'max_num_tokens': _v266, 'tensor_parallel_size': _v143, 'enable_chunked_prefill': _v20, 'served_model_name': _v2, 'patch_kwargs': _v70, 'gated_features': _v70}
_p66 = {'base_model': _v271, 'max_seq_len': _v264, 'max_batch_size': _v265, 'max_num_tokens': _v272, 'max_beam_width': _v273, 'max_prompt_embedding_table_size': _v60, 'checkpoint_repository': _v274, 'gather_all_token_logits': _v20, 'strongly_typed': _v20, 'quantization_type': _v275, 'quantization_config': _v276, 'tensor_parallel_count': _v143, 'pipeline_parallel_count': _v60, 'moe_expert_parallel_option': _v60, 'sequence_parallel_count': _v60, 'plugin_configuration': _v277, 'num_builder_gpus': _v101, 'speculator': _v278, 'lora_adapters': _v279, 'lora_configuration': _v280, 'skip_build_result': _v20, 'lora_cache_max_adapter_size': _v68, 'lora_cache_optimal_adapter_size': _v68, 'lora_cache_gpu_memory_fraction': _v68, 'lora_cache_host_memory_bytes': _v68}
_p67 = {'enable_chunked_context': _v186}
_p68 = {'base_model': _v284}
_p69 = {'plugin_configuration': _v285}
_p70 = {'checkpoint_repository': _v286}
_p71 = {'skip_build_result': _v186}
_p72 = {'name': _v1, 'target': _v217}
_p73 = {'calib_size': _v299, 'calib_dataset': _v1, 'calib_max_seq_length': _v299}
_p74 = {'paged_kv_cache': _v20, 'use_paged_context_fmha': _v20, 'use_fp8_context_fmha': _v20}
_p75 = {'paged_kv_cache': _v72}
_p76 = {'use_paged_context_fmha': _v72}
_p77 = {'source': _v304, 'repo': _v1, 'revision': _v2, 'runtime_secret_name': _v1}
_p78 = {'paged_kv_cache': _v72, 'use_paged_context_fmha': _v186}
_p79 = {'speculative_decoding_mode': _v307, 'num_draft_tokens': _v101, 'checkpoint_repository': _v274, 'runtime': _v197, 'build': _v308, 'lookahead_windows_size': _v143, 'lookahead_ngram_size': _v143, 'lookahead_verification_set_size': _v143, 'enable_b10_lookahead': _v62}
_p80 = {'max_lora_rank': _v60, 'lora_target_modules': _v5}
_p81 = {'source': _v309}
_p82 = {'repo': _v310}

is_valid = _v0
