"""Generated from schemas/truss-config.schema.json by scripts/compile_data.py: do not edit.

`is_valid(config)` is the schema's yes/no test (`_compiled_schema.Validator`'s predicate), one
function per subschema with each keyword test inlined. See scripts/schema_predicate.py.
"""
# flake8: noqa
import re

from ._compiled_schema import _EXACT_TYPES, _first_repeat
from .schema_errors import _in, type_name

SCHEMA_LENGTH = 83666
SCHEMA_CRC32 = 340655609

_kind = _EXACT_TYPES.get


def _always(v):
    return True


def _never(v):
    return False

_c0 = frozenset(['null', 'string'])
_c1 = frozenset(['py310', 'py311', 'py312', 'py313', 'py314', 'py39'])
_c2 = ['py39', 'py310', 'py311', 'py312', 'py313', 'py314']
_c3 = frozenset(['boolean', 'integer', 'number', 'string'])
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
def _c9(text):
    global _c9
    _c9 = re.compile('^([tT][rR][uU][eE]|[fF][aA][lL][sS][eE]|[yY][eE][sS]|[nN][oO]|[oO][nN]|[oO][fF][fF]|[tTfFyYnN]|0|1)$').search
    return _c9(text)

def _c10(text):
    global _c10
    _c10 = re.compile('^(/[\\s\\S]*)?$').search
    return _c10(text)

def _c11(text):
    global _c11
    _c11 = re.compile('^\\s*(RTX_PRO_6000|A100_40GB|H100_40GB|GB300|A100|A10G|B200|B300|H100|H200|L40S|V100|B10|L4|T4)(:0*[1-9][0-9]*)?\\s*$').search
    return _c11(text)

def _c12(text):
    global _c12
    _c12 = re.compile('^\\s*[+-]?[0-9]+\\s*$').search
    return _c12(text)

_c13 = frozenset(['azure', 'gcs', 'hf', 's3'])
_c14 = ['hf', 'gcs', 's3', 'azure']
def _c15(text):
    global _c15
    _c15 = re.compile('^/[\\s\\S]*$').search
    return _c15(text)

_c16 = ['http']
_c17 = ['websocket']
_c18 = ['grpc']
def _c19(text):
    global _c19
    _c19 = re.compile('^bdn:[^/:@]+/[^/:@]+(:[^/:@]+|@(b3:)?[0-9a-fA-F]{12,64})?$').search
    return _c19(text)

def _c20(text):
    global _c20
    _c20 = re.compile('^[^/]{1,256}$').search
    return _c20(text)

_c21 = ['v1']
_c22 = ['v2']
def _c23(text):
    global _c23
    _c23 = re.compile('^([gG][cC][pP]_[sS][eE][rR][vV][iI][cC][eE]_[aA][cC][cC][oO][uU][nN][tT]_[jJ][sS][oO][nN]|[aA][wW][sS]_[iI][aA][mM]|[aA][wW][sS]_[oO][iI][dD][cC]|[gG][cC][pP]_[oO][iI][dD][cC]|[rR][eE][gG][iI][sS][tT][rR][yY]_[sS][eE][cC][rR][eE][tT]|[aA][wW][sS]_[aA][sS][sS][uU][mM][eE]_[rR][oO][lL][eE])$').search
    return _c23(text)

_c24 = frozenset(['A100', 'A100_40GB', 'A10G', 'B10', 'B200', 'B300', 'GB300', 'H100', 'H100_40GB', 'H200', 'L4', 'L40S', 'RTX_PRO_6000', 'T4', 'V100'])
_c25 = ['B10', 'T4', 'L4', 'A10G', 'V100', 'A100', 'A100_40GB', 'H100', 'H200', 'H100_40GB', 'B200', 'L40S', 'RTX_PRO_6000', 'B300', 'GB300']
def _c26(text):
    global _c26
    _c26 = re.compile('^\\s*\\+?0*[1-9][0-9]*\\s*$').search
    return _c26(text)

def _c27(text):
    global _c27
    _c27 = re.compile('^[-._a-zA-Z0-9]+$').search
    return _c27(text)

def _c28(text):
    global _c28
    _c28 = re.compile('^DOCKER_REGISTRY_[\\s\\S]*$').search
    return _c28(text)

def _c29(text):
    global _c29
    _c29 = re.compile('^([cC][uU][sS][tT][oO][mM]_[sS][eE][cC][rR][eE][tT]|[aA][wW][sS]_[oO][iI][dD][cC]|[gG][cC][pP]_[oO][iI][dD][cC]|[aA][wW][sS]_[aA][sS][sS][uU][mM][eE]_[rR][oO][lL][eE])$').search
    return _c29(text)

def _c30(text):
    global _c30
    _c30 = re.compile('^[\\s\\S]*\\.\\.[\\s\\S]*$').search
    return _c30(text)

_c31 = frozenset(['delete', 'inspect', 'pull', 'push', 'tag'])
_c32 = ['pull', 'push', 'tag', 'inspect', 'delete']
_c33 = frozenset(['decoder', 'deepseek', 'encoder', 'encoder_bert', 'llama', 'mistral', 'palmyra', 'qwen', 'whisper'])
_c34 = ['encoder', 'encoder_bert', 'decoder', 'palmyra', 'qwen', 'llama', 'mistral', 'deepseek', 'whisper']
_c35 = frozenset(['fp4', 'fp4_kv', 'fp4_mlp_only', 'fp8', 'fp8_kv', 'fp8_mlp_only', 'no_quant', 'smooth_quant', 'weights_int4', 'weights_int4_kv_int8', 'weights_int8', 'weights_kv_int8'])
_c36 = ['no_quant', 'weights_int8', 'weights_kv_int8', 'weights_int4', 'weights_int4_kv_int8', 'smooth_quant', 'fp8', 'fp8_kv', 'fp8_mlp_only', 'fp4', 'fp4_kv', 'fp4_mlp_only']
_c37 = frozenset(['guaranteed_no_evict', 'max_utilization'])
_c38 = ['max_utilization', 'guaranteed_no_evict']
_c39 = frozenset(['integer', 'number'])
def _c40(text):
    global _c40
    _c40 = re.compile('^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$').search
    return _c40(text)

def _c41(text):
    global _c41
    _c41 = re.compile('^([0-9]{1,3}\\.){3}[0-9]{1,3}(/[0-9]{1,2})?$').search
    return _c41(text)

def _c42(text):
    global _c42
    _c42 = re.compile('^[a-zA-Z0-9*]([a-zA-Z0-9*-]{0,61}[a-zA-Z0-9*])?(\\.[a-zA-Z0-9*]([a-zA-Z0-9*-]{0,61}[a-zA-Z0-9*])?)*$').search
    return _c42(text)

_c43 = frozenset(['.', '..'])
_c44 = ['.', '..']
def _c45(text):
    global _c45
    _c45 = re.compile('^/+$').search
    return _c45(text)

def _c46(text):
    global _c46
    _c46 = re.compile('^([\\s\\S]*/)?\\.\\.(/[\\s\\S]*)?$').search
    return _c46(text)

_c47 = frozenset(['/predict', '/predict_tokens', '/rerank', '/v1/embeddings', '/v1/systemone'])
_c48 = ['/v1/embeddings', '/v1/systemone', '/rerank', '/predict', '/predict_tokens']
_c49 = frozenset(['AZURE', 'BASETEN_TRAINING', 'GCS', 'HF', 'LOCAL', 'REMOTE_URL', 'S3'])
_c50 = ['HF', 'GCS', 'S3', 'AZURE', 'LOCAL', 'REMOTE_URL', 'BASETEN_TRAINING']
_c51 = frozenset(['DRAFT_TOKENS_EXTERNAL', 'LOOKAHEAD_DECODING'])
_c52 = ['DRAFT_TOKENS_EXTERNAL', 'LOOKAHEAD_DECODING']

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
    if not (_v26(v) or _v27(v)):
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
    if not (_v28(v) or _v27(v)):
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
        if not _v29(item):
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
    if not (_v46(v) or _v27(v)):
        return False
    return True


def _v14(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v47(item):
            return False
    return True


def _v15(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v48(item):
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
    if not (_v27(v) or _v51(v)):
        return False
    return True


def _v18(v):
    if not (_v52(v) or _v27(v)):
        return False
    return True


def _v19(v):
    if not (_v53(v) or _v27(v)):
        return False
    return True


def _v20(v):
    if not (_v54(v) or _v55(v)):
        return False
    return True


def _v21(v):
    if not (_v56(v) or _v27(v)):
        return False
    return True


def _v22(v):
    if not (_v14(v) or _v27(v)):
        return False
    return True


def _v23(v):
    if _v57(v):
        return False
    return True


def _v24(v):
    if _v58(v):
        return False
    return True


def _v25(v):
    if _v59(v):
        return False
    return True


def _v26(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v60(item):
            return False
    return True


def _v27(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'null':
        return False
    return True


def _v28(v):
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


def _v29(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c3:
        return False
    return True


def _v30(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c4(v) is None:
        return False
    if len(v) < 1:
        return False
    return True


def _v31(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c5(v) is None:
        return False
    return True


def _v32(v):
    if not (_v27(v) or _v63(v) or _v64(v)):
        return False
    return True


def _v33(v):
    if not (_v65(v) or _v27(v)):
        return False
    return True


def _v34(v):
    if not (_v66(v) or _v27(v)):
        return False
    return True


def _v35(v):
    if not (_v67(v) or _v68(v)):
        return False
    return True


def _v36(v):
    if not (_v69(v) or _v70(v) or _v71(v) or _v72(v)):
        return False
    return True


def _v37(v):
    if not (_v20(v) or _v27(v)):
        return False
    return True


def _v38(v):
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


def _v39(v):
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


def _v40(v):
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


def _v41(v):
    if not (_v74(v) or _v27(v)):
        return False
    return True


def _v42(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c0:
        return False
    if k == 'string':
        if _c6(v) is None:
            return False
    return True


def _v43(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c7) if type(v) is str else not _in(v, _c8):
        return False
    return True


def _v44(v):
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


def _v45(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v75(key):
            return False
        if not _v1(item):
            return False
    return True


def _v46(v):
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
    return True


def _v47(v):
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
    return True


def _v48(v):
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


def _v49(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v83(item):
            return False
    return True


def _v50(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v84(item):
            return False
    return True


def _v51(v):
    if not (_v85(v) or _v86(v)):
        return False
    return True


def _v52(v):
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
    return True


def _v53(v):
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


def _v54(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'boolean':
        return False
    return True


def _v55(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c9(v) is None:
        return False
    return True


def _v56(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v90(item):
            return False
    return True


def _v57(v):
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


def _v58(v):
    if not (_v92(v) or _v93(v)):
        return False
    return True


def _v59(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'hf_cache' not in v or 'model_cache' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            pass
    return True


def _v60(v):
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


def _v61(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c10(v) is None:
        return False
    return True


def _v62(v):
    if not (_v94(v) or _v27(v)):
        return False
    return True


def _v63(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c11(v) is None:
        return False
    return True


def _v64(v):
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


def _v65(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    return True


def _v66(v):
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


def _v67(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    return True


def _v68(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c12(v) is None:
        return False
    return True


def _v69(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        return False
    return True


def _v70(v):
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


def _v71(v):
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


def _v72(v):
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


def _v73(v):
    if not (_v35(v) or _v27(v)):
        return False
    return True


def _v74(v):
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


def _v75(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if len(v) > 253:
        return False
    if not _v103(v):
        return False
    return True


def _v76(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if len(v) < 1:
        return False
    return True


def _v77(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if not (_v104(v) or _v105(v)):
        return False
    return True


def _v78(v):
    if not (_v5(v) or _v27(v)):
        return False
    return True


def _v79(v):
    if not (_v76(v) or _v27(v)):
        return False
    return True


def _v80(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c13) if type(v) is str else not _in(v, _c14):
        return False
    return True


def _v81(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c15(v) is None:
        return False
    if len(v) < 1:
        return False
    return True


def _v82(v):
    if not (_v106(v) or _v27(v)):
        return False
    return True


def _v83(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'path' not in v:
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


def _v84(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'namespace' not in v or 'grants' not in v:
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


def _v85(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'build' not in v:
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


def _v86(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'inference_stack' not in v or 'build' not in v:
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


def _v87(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v117(item):
            return False
    return True


def _v88(v):
    if not (_v44(v) or _v27(v)):
        return False
    return True


def _v89(v):
    if not (_v118(v) or _v27(v)):
        return False
    return True


def _v90(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'repo_id' not in v:
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
    return True


def _v91(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    if len(v) < 1:
        return False
    return True


def _v92(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'model_cache' not in v or 'weights' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p28.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v93(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'hf_cache' not in v or 'weights' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p29.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v94(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'auth_method' not in v:
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


def _v95(v):
    if not (_v120(v) or _v27(v)):
        return False
    return True


def _v96(v):
    if not (_v65(v) or _v121(v)):
        return False
    return True


def _v97(v):
    if not _in(v, _c16):
        return False
    return True


def _v98(v):
    if not _in(v, _c17):
        return False
    return True


def _v99(v):
    if not (_v122(v) or _v27(v)):
        return False
    return True


def _v100(v):
    if not _in(v, _c18):
        return False
    return True


def _v101(v):
    if not (_v123(v) or _v27(v)):
        return False
    return True


def _v102(v):
    if not (_v124(v) or _v27(v)):
        return False
    return True


def _v103(v):
    if not (_v125(v) or _v126(v)):
        return False
    return True


def _v104(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) > 0:
            return False
    return True


def _v105(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) < 2:
            return False
    return True


def _v106(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'auth_method' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p31.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v107(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c19(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v128(v):
        return False
    return True


def _v108(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c15(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v129(v):
        return False
    return True


def _v109(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c20(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v128(v):
        return False
    return True


def _v110(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    if len(v) < 1:
        return False
    if _first_repeat(v) is not None:
        return False
    for item in v:
        if not _v130(item):
            return False
    return True


def _v111(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p32.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v112(v):
    if not _in(v, _c21):
        return False
    return True


def _v113(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p33.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v114(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p34.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v115(v):
    if not _in(v, _c22):
        return False
    return True


def _v116(v):
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


def _v117(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'training_job_id' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p36.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v118(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'metrics' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p37.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v119(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c23(v) is None:
        return False
    return True


def _v120(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c24) if type(v) is str else not _in(v, _c25):
        return False
    return True


def _v121(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c26(v) is None:
        return False
    return True


def _v122(v):
    if not (_v149(v) or _v150(v)):
        return False
    return True


def _v123(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v151(item):
            return False
    return True


def _v124(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v152(item):
            return False
    return True


def _v125(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c27(v) is None:
            return False
    if _v153(v):
        return False
    return True


def _v126(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c28(v) is None:
            return False
    return True


def _v127(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c29(v) is None:
        return False
    return True


def _v128(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c30(v) is None:
            return False
    return True


def _v129(v):
    if not (_v154(v) or _v155(v)):
        return False
    return True


def _v130(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c31) if type(v) is str else not _in(v, _c32):
        return False
    return True


def _v131(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c33) if type(v) is str else not _in(v, _c34):
        return False
    return True


def _v132(v):
    if not (_v156(v) or _v27(v)):
        return False
    return True


def _v133(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 2048:
        return False
    return True


def _v134(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v > 1048576:
        return False
    if v <= 64:
        return False
    return True


def _v135(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 1:
        return False
    return True


def _v136(v):
    if not (_v157(v) or _v27(v)):
        return False
    return True


def _v137(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c35) if type(v) is str else not _in(v, _c36):
        return False
    return True


def _v138(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p38.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v139(v):
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


def _v140(v):
    if not (_v158(v) or _v27(v)):
        return False
    return True


def _v141(v):
    if not (_v159(v) or _v27(v)):
        return False
    return True


def _v142(v):
    if not (_v160(v) or _v27(v)):
        return False
    return True


def _v143(v):
    if not (_v161(v) or _v27(v)):
        return False
    return True


def _v144(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c37) if type(v) is str else not _in(v, _c38):
        return False
    return True


def _v145(v):
    if not (_v162(v) or _v27(v)):
        return False
    return True


def _v146(v):
    if not (_v27(v) or _v1(v)):
        return False
    return True


def _v147(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v > 131072:
        return False
    if v <= 64:
        return False
    return True


def _v148(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v163(item):
            return False
    return True


def _v149(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c39:
        return False
    return True


def _v150(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c40(v) is None:
        return False
    return True


def _v151(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c41(v) is None:
        return False
    return True


def _v152(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c42(v) is None:
        return False
    return True


def _v153(v):
    if (v not in _c43) if type(v) is str else not _in(v, _c44):
        return False
    return True


def _v154(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c45(v) is None:
            return False
    return True


def _v155(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c46(v) is None:
            return False
    return True


def _v156(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 1048576:
        return False
    return True


def _v157(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'repo' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p40.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v158(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p41.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v159(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        if not _v157(item):
            return False
    return True


def _v160(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p42.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v161(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c39:
        return False
    if v > 1:
        return False
    if v <= 0:
        return False
    return True


def _v162(v):
    if (v not in _c47) if type(v) is str else not _in(v, _c48):
        return False
    return True


def _v163(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'name' not in v or 'target' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p43.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v164(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c49) if type(v) is str else not _in(v, _c50):
        return False
    return True


def _v165(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c51) if type(v) is str else not _in(v, _c52):
        return False
    return True


def _v166(v):
    if not (_v111(v) or _v27(v)):
        return False
    return True


_p0 = {'model_name': _v2, 'model_metadata': _v3, 'description': _v2, 'examples_filename': _v1, 'data_dir': _v1, 'external_data': _v4, 'external_package_dirs': _v5, 'python_version': _v6, 'base_image': _v7, 'requirements_file': _v2, 'requirements': _v5, 'system_packages': _v5, 'environment_variables': _v8, 'secrets': _v9, 'resources': _v10, 'runtime': _v11, 'build': _v12, 'build_commands': _v5, 'docker_server': _v13, 'model_cache': _v14, 'weights': _v15, 'bdn': _v16, 'trt_llm': _v17, 'training_checkpoints': _v18, 'bis_llm': _v19, 'input_type': _v1, 'model_framework': _v1, 'model_type': _v1, 'model_module_dir': _v1, 'model_class_filename': _v1, 'model_class_name': _v1, 'bundled_packages_dir': _v1, 'use_local_src': _v20, 'cache_internal': _v21, 'live_reload': _v20, 'apply_library_patches': _v20, 'spec_version': _v1, 'hf_cache': _v22}
_p1 = {'example_model_input': _always}
_p2 = {'cpu': _v30, 'memory': _v31, 'accelerator': _v32, 'use_gpu': _always, 'instance_type': _v2, 'node_count': _v33, 'fabric': _v34}
_p3 = {'predict_concurrency': _v35, 'streaming_read_timeout': _v35, 'enable_tracing_data': _v20, 'enable_debug_logs': _v20, 'transport': _v36, 'is_websocket_endpoint': _v37, 'health_checks': _v38, 'oidc': _v39, 'remote_ssh': _v40, 'egress_restrictions': _v41, 'truss_server_version_override': _v42, 'num_workers': _always}
_p4 = {'model_server': _v43, 'arguments': _v44, 'secret_to_path_mapping': _v45, 'no_cache': _v20}
_p5 = {'mounts': _v49, 'access': _v50, 'hotload': _v40}
_p6 = {'image': _v1, 'python_executable_path': _v61, 'docker_auth': _v62}
_p7 = {'restart_check_delay_seconds': _v73, 'restart_threshold_seconds': _v73, 'stop_traffic_threshold_seconds': _v73, 'startup_threshold_seconds': _v73}
_p8 = {'enabled': _v37}
_p9 = {'enabled': _v20}
_p10 = {'start_command': _v2, 'server_port': _v35, 'predict_endpoint': _v1, 'readiness_endpoint': _v1, 'liveness_endpoint': _v1, 'run_as_user_id': _v73, 'no_build': _v37}
_p11 = {'repo_id': _v76, 'revision': _v77, 'allow_patterns': _v78, 'ignore_patterns': _v78, 'volume_folder': _v79, 'use_volume': _v20, 'kind': _v80, 'runtime_secret_name': _v1}
_p12 = {'source': _v76, 'mount_location': _v81, 'auth': _v82, 'auth_secret_name': _v2, 'allow_patterns': _v78, 'ignore_patterns': _v78}
_p13 = {'download_folder': _v1, 'artifact_references': _v87, 'loops_checkpoint_ids': _v5}
_p14 = {'config': _v88, 'version': _v1, 'additional_autoscaling_config': _v89}
_p15 = {'requirements': _v91, 'requirements_file': _v76}
_p16 = {'url': _v76, 'local_data_path': _v76, 'backend': _v1, 'name': _v2}
_p17 = {'accelerator': _v95, 'count': _v96}
_p18 = {'use_rdma': _v37, 'preferences': _v78}
_p19 = {'kind': _v97}
_p20 = {'kind': _v98, 'ping_interval_seconds': _v99, 'ping_timeout_seconds': _v99}
_p21 = {'kind': _v100}
_p22 = {'ip_allow_list': _v101, 'fqdn_allow_list': _v102}
_p23 = {'source': _v107, 'path': _v108, 'include': _v5, 'exclude': _v5}
_p24 = {'namespace': _v109, 'grants': _v110}
_p25 = {'build': _v111, 'inference_stack': _v112, 'runtime': _v113, 'version_overrides': _v114}
_p26 = {'inference_stack': _v115, 'build': _v111, 'runtime': _v116, 'version_overrides': _v114}
_p27 = {'repo_id': _v76, 'revision': _v1, 'allow_patterns': _v78, 'ignore_patterns': _v78, 'volume_folder': _v79, 'use_volume': _v20, 'kind': _v80, 'runtime_secret_name': _v1}
_p28 = {'model_cache': _v91, 'weights': _v91}
_p29 = {'hf_cache': _v91, 'weights': _v91}
_p30 = {'aws_oidc_role_arn': _v2, 'aws_oidc_region': _v2, 'gcp_oidc_service_account': _v2, 'gcp_oidc_workload_id_provider': _v2, 'aws_assume_role_arn': _v2, 'aws_assume_role_region': _v2, 'auth_method': _v119, 'registry': _v2, 'secret_name': _v2, 'aws_access_key_id_secret_name': _v1, 'aws_secret_access_key_secret_name': _v1}
_p31 = {'aws_oidc_role_arn': _v2, 'aws_oidc_region': _v2, 'gcp_oidc_service_account': _v2, 'gcp_oidc_workload_id_provider': _v2, 'aws_assume_role_arn': _v2, 'aws_assume_role_region': _v2, 'auth_method': _v127, 'auth_secret_name': _v2}
_p32 = {'base_model': _v131, 'max_seq_len': _v132, 'max_batch_size': _v133, 'max_num_tokens': _v134, 'max_beam_width': _v135, 'max_prompt_embedding_table_size': _v35, 'checkpoint_repository': _v136, 'gather_all_token_logits': _v20, 'strongly_typed': _v20, 'quantization_type': _v137, 'quantization_config': _v138, 'tensor_parallel_count': _v65, 'pipeline_parallel_count': _v35, 'moe_expert_parallel_option': _v35, 'sequence_parallel_count': _v35, 'plugin_configuration': _v139, 'num_builder_gpus': _v33, 'speculator': _v140, 'lora_adapters': _v141, 'lora_configuration': _v142, 'skip_build_result': _v20, 'lora_cache_max_adapter_size': _always, 'lora_cache_optimal_adapter_size': _always, 'lora_cache_gpu_memory_fraction': _always, 'lora_cache_host_memory_bytes': _always}
_p33 = {'kv_cache_free_gpu_mem_fraction': _v122, 'kv_cache_host_memory_bytes': _v33, 'lora_cache_max_adapter_size': _v33, 'lora_cache_optimal_adapter_size': _v33, 'lora_cache_gpu_memory_fraction': _v143, 'lora_cache_host_memory_bytes': _v33, 'enable_chunked_context': _v20, 'batch_scheduler_policy': _v144, 'request_default_max_tokens': _v33, 'served_model_name': _v2, 'total_token_limit': _v35, 'webserver_default_route': _v145}
_p34 = {'engine_builder_version': _v146, 'briton_version': _v146, 'bei_version': _v146, 'bei_bert_version': _v146, 'v2_llm_version': _v2}
_p35 = {'max_seq_len': _v132, 'max_batch_size': _v133, 'max_num_tokens': _v147, 'tensor_parallel_size': _v65, 'enable_chunked_prefill': _v20, 'served_model_name': _v2, 'patch_kwargs': _v44, 'gated_features': _v44}
_p36 = {'training_job_id': _v1, 'paths': _v5}
_p37 = {'metrics': _v148}
_p38 = {'calib_size': _v67, 'calib_dataset': _v1, 'calib_max_seq_length': _v67}
_p39 = {'paged_kv_cache': _v20, 'use_paged_context_fmha': _v20, 'use_fp8_context_fmha': _v20}
_p40 = {'source': _v164, 'repo': _v1, 'revision': _v2, 'runtime_secret_name': _v1}
_p41 = {'speculative_decoding_mode': _v165, 'num_draft_tokens': _v33, 'checkpoint_repository': _v136, 'runtime': _v113, 'build': _v166, 'lookahead_windows_size': _v33, 'lookahead_ngram_size': _v33, 'lookahead_verification_set_size': _v33, 'enable_b10_lookahead': _v37}
_p42 = {'max_lora_rank': _v35, 'lora_target_modules': _v5}
_p43 = {'name': _v1, 'target': _v122}

is_valid = _v0
